package org.vigil.server;

/**
 * A request the API refuses, sent as problem JSON (RFC 9457): a status, a title, a detail meant for the caller
 * and, for a bad parameter, its name.
 */
public final class ApiProblem extends RuntimeException {
  private final int status;
  private final String title;
  private final String parameter;

  public ApiProblem(int status, String title, String detail, String parameter) {
    super(detail);
    this.status = status;
    this.title = title;
    this.parameter = parameter;
  }

  /** 400: parameter {@code name} is wrong, and why. */
  public static ApiProblem badParameter(String name, String detail) {
    return new ApiProblem(400, "Bad parameter", "parameter '" + name + "': " + detail, name);
  }

  /** 404: nothing by that name. */
  public static ApiProblem notFound(String detail) {
    return new ApiProblem(404, "Not found", detail, null);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The parameter at fault, or null. */
  public String parameter() {
    return parameter;
  }
}
