package ru.nastavnik.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The one shape of every refusal the application sends outside Spring MVC (servlet filters, the
 * engine's REST, Tomcat's own errors): {@code application/problem+json} with a Russian title and
 * detail. The engine's {@code message} is repeated so that Tasklist and Cockpit, which show
 * {@code message}, show the Russian text. Quoted input is cut to {@link #MAX_QUOTE} characters.
 */
public final class Problems {

  /** How much of a rejected value an error body may quote. */
  public static final int MAX_QUOTE = 200;

  public static final String CONTENT_TYPE = "application/problem+json;charset=UTF-8";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {}

  /** A value as it may appear in an error message: at most {@link #MAX_QUOTE} characters, no control characters. */
  public static String quote(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString().replaceAll("\\p{Cntrl}", " ");
    return text.length() <= MAX_QUOTE ? text : text.substring(0, MAX_QUOTE) + "…";
  }

  public static ObjectNode body(int status, String title, String detail) {
    ObjectNode body = JSON.createObjectNode();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.put("message", detail);
    return body;
  }

  public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
    write(response, body(status, title, detail));
  }

  public static void write(HttpServletResponse response, ObjectNode body) throws IOException {
    response.setStatus(body.get("status").asInt());
    response.setContentType(CONTENT_TYPE);
    byte[] bytes = JSON.writeValueAsBytes(body);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  public static byte[] bytes(ObjectNode body) {
    try {
      return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
