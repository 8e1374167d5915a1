package org.vigil.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.vigil.analytics.ActorHierarchy;
import org.vigil.analytics.CorrectionLog;
import org.vigil.store.StoreException;
import org.vigil.store.StoreLayout;
import org.vigil.store.TextSearch;

/**
 * {@code vigil serve}: the HTTP JSON API and the dashboard over a store's published snapshot, so it runs while
 * an ingest writes. Reads need nothing; writes (corrections) need the bearer token. Every error is problem JSON
 * naming what was wrong, never a stack trace. Start once, stop once; thread-safe.
 */
public final class VigilServer implements AutoCloseable {
  /** How to serve. */
  public record Settings(StoreLayout layout, String bind, int port, BearerToken token, ActorHierarchy hierarchy,
      int readers) {
    public Settings {
      Objects.requireNonNull(layout, "layout");
      Objects.requireNonNull(bind, "bind");
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(hierarchy, "hierarchy");
      if (port < 0 || port > 65535 || readers < 1) {
        throw new IllegalArgumentException("port must be 0..65535 and readers >= 1");
      }
    }
  }

  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
      + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
  private final Settings settings;
  private final ReaderPool pool;
  private final Javalin app;

  private VigilServer(Settings settings) {
    this.settings = settings;
    CorrectionLog log = CorrectionLog.open(settings.layout().dir());
    this.pool = new ReaderPool(settings.layout(), log, settings.readers());
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(mapper, false));
      config.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/org/vigil/server/dashboard";
        sf.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
    });
    new EventRoutes(pool, new TextSearch(settings.layout())).register(app);
    new DyadRoutes(pool, settings.hierarchy()).register(app);
    new DeskRoutes(pool, settings.hierarchy(), settings.layout().dir().toString()).register(app);
    new CorrectionRoutes(pool, log, settings.token(), Clock.systemUTC()).register(app);
    app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
    app.before(ctx -> {
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
    });
    errors();
  }

  /** Opens the store's snapshot and starts listening; fails with a clear message when there is no snapshot. */
  public static VigilServer start(Settings settings) {
    VigilServer s = new VigilServer(settings);
    s.app.start(settings.bind(), settings.port());
    return s;
  }

  /** The port listened on (the one chosen when asked for port 0). */
  public int port() {
    return app.port();
  }

  /** The base URL, e.g. http://127.0.0.1:8080/. */
  public String url() {
    String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
    return "http://" + host + ":" + port() + "/";
  }

  private void errors() {
    app.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e.status(), e.title(), e.getMessage(),
        e.parameter()));
    app.exception(StoreException.class, (e, ctx) -> problem(ctx, 503, "Store unavailable",
        "the store could not answer; try again", null));
    app.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(), "Request refused",
        e.getMessage(), null));
    app.exception(Exception.class, (e, ctx) -> problem(ctx, 500, "Internal error",
        "the server failed on this request (" + e.getClass().getSimpleName() + ")", null));
    app.error(404, ctx -> {
      if (ctx.path().startsWith("/api/") && !"application/problem+json".equals(ctx.res().getContentType())) {
        problem(ctx, 404, "Not found", "no such endpoint: " + QueryParams.clip(ctx.path()), null);
      }
    });
  }

  private static void problem(Context ctx, int status, String title, String detail, String parameter) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("type", "about:blank");
    p.put("title", title);
    p.put("status", status);
    p.put("detail", detail);
    if (parameter != null) {
      p.put("parameter", parameter);
    }
    ctx.status(status).json(p).contentType("application/problem+json");
  }

  private static byte[] openApi() {
    try (InputStream in = VigilServer.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/vigil/server/openapi.json");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read openapi.json", e);
    }
  }

  @Override
  public void close() {
    app.stop();
    pool.close();
  }
}
