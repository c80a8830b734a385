package ru.nastavnik.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A mail server that only catches letters: it answers SMTP on the loopback interface and keeps the
 * last {@value #KEPT} messages it takes. The demo runs it so that reminders and escalations are
 * delivered without a real mail server (what they said is in the «Письма» page); tests run it to see
 * what was sent.
 */
public final class SmtpCatcher implements AutoCloseable {

  private static final int KEPT = 500;

  private final ServerSocket socket;
  private final List<String> messages = new CopyOnWriteArrayList<>();
  private final Thread thread;

  /** On any free port. */
  public SmtpCatcher() {
    this(0);
  }

  /**
   * On {@code port} (0: any free one).
   *
   * @throws UncheckedIOException when the port is taken (e.g. a real mail catcher already runs there)
   */
  public SmtpCatcher(int port) {
    try {
      socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    thread = new Thread(this::serve, "smtp-catcher");
    thread.setDaemon(true);
    thread.start();
  }

  public int port() {
    return socket.getLocalPort();
  }

  public List<String> messages() {
    return messages;
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        converse(client);
      } catch (IOException e) {
        // closed
      }
    }
  }

  private void converse(Socket client) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
    PrintWriter out = new PrintWriter(new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8), true);
    out.print("220 nastavnik smtp catcher\r\n");
    out.flush();
    String line;
    while ((line = in.readLine()) != null) {
      String command = line.toUpperCase();
      if (command.startsWith("DATA")) {
        out.print("354 go on\r\n");
        out.flush();
        StringBuilder message = new StringBuilder();
        while ((line = in.readLine()) != null && !line.equals(".")) {
          message.append(line).append('\n');
        }
        messages.add(message.toString());
        if (messages.size() > KEPT) {
          messages.remove(0);
        }
        out.print("250 taken\r\n");
      } else if (command.startsWith("QUIT")) {
        out.print("221 bye\r\n");
        out.flush();
        return;
      } else {
        out.print("250 ok\r\n");
      }
      out.flush();
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
