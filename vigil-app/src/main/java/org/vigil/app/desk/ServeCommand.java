package org.vigil.app.desk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.vigil.actors.ActorKnowledgeBase;
import org.vigil.server.BearerToken;
import org.vigil.server.VigilServer;
import org.vigil.store.StoreLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil serve}: the HTTP API and the dashboard over a store, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the HTTP JSON API (/api/..., /openapi.json) and the dashboard (/) over a store; works"
        + " while an ingest runs (reads the snapshot the ingest publishes).")
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--store", defaultValue = "vigil-data", description = "Store directory (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1",
      description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
  String bind;

  @Option(names = "--token-file", description = "File holding the bearer token for writes (default: STORE/serve.token,"
      + " created with a fresh token at first start).")
  Path tokenFile;

  @Option(names = "--actors", description = "Folder of your own actor files (for roll-ups).")
  List<Path> actorDirs = new ArrayList<>();

  @Option(names = "--readers", defaultValue = "4", description = "Store readers shared by requests (default ${DEFAULT-VALUE}).")
  int readers;

  @Override
  public Integer call() throws InterruptedException {
    StoreLayout layout = new StoreLayout(store);
    BearerToken token = BearerToken.loadOrCreate(tokenFile != null ? tokenFile : store.resolve("serve.token"));
    KnowledgeBaseHierarchy hierarchy = new KnowledgeBaseHierarchy(ActorKnowledgeBase.loadDefault(actorDirs));
    VigilServer server = VigilServer.start(new VigilServer.Settings(layout, bind, port, token, hierarchy, readers));
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stop.countDown();
    }, "vigil-serve-stop"));
    System.out.println("vigil: serving " + store + " at " + server.url());
    System.out.println("vigil: writes need the bearer token in " + token.file());
    System.out.flush();
    stop.await();
    return 0;
  }
}
