package ru.nastavnik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen for the workspace tests: its cookies, logged in on the workspace's
 * login page through the Camunda webapps' login (one session for both); it reads the CSRF token
 * from the last page, as the pages' forms carry it, and sends same-origin requests.
 */
final class WorkspaceSession {

  private static final Pattern TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]*)\"");

  private final HttpClient client;
  private final String base;
  private String token;

  private WorkspaceSession(int port) {
    this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    this.base = "http://localhost:" + port;
  }

  /** Not logged in. */
  static WorkspaceSession anonymous(int port) {
    return new WorkspaceSession(port);
  }

  /** Logged in as {@code login} (password «demo») from the workspace's login page. */
  static WorkspaceSession loggedIn(int port, String login) throws Exception {
    WorkspaceSession session = new WorkspaceSession(port);
    HttpResponse<String> page = session.get("/nastavnik/login");
    assertThat(page.statusCode()).isEqualTo(200);
    HttpResponse<String> answer = session.client.send(HttpRequest.newBuilder(
            URI.create(session.base + "/camunda/api/admin/auth/user/default/login/welcome"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", session.token)
        .header("Origin", session.base)
        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", login, "password", "demo")))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return session;
  }

  HttpResponse<String> get(String path) throws Exception {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    Matcher m = TOKEN.matcher(response.body());
    if (m.find()) {
      token = m.group(1);
    }
    return response;
  }

  /** A form posted from the workspace's own page, with the page's token. */
  HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", token);
    return postRaw(path, all, base);
  }

  /** A form posted as is, from the given origin. */
  HttpResponse<String> postRaw(String path, Map<String, String> fields, String origin) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A form with one file posted from the workspace's own page (multipart), with the page's token. */
  HttpResponse<String> postFile(String path, Map<String, String> fields, String fileField, String fileName, byte[] content)
      throws Exception {
    String boundary = "----nastavnik" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", token);
    for (Map.Entry<String, String> field : all.entrySet()) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
          + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Origin", base)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A download as bytes. */
  HttpResponse<byte[]> download(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  String token() {
    return token;
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
  }
}
