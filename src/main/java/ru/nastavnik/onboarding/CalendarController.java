package ru.nastavnik.onboarding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.system.CurrentUser;

/** REST of the personal calendar feed; the feed itself is open to whoever has its secret URL. */
@RestController
@Tag(name = "Календарь", description = "Личная подписка на календарь: встречи, сроки отзывов и дорожной карты")
class CalendarController {

  private static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

  private final CalendarFeeds feeds;

  CalendarController(CalendarFeeds feeds) {
    this.feeds = feeds;
  }

  @GetMapping("/api/calendar/me")
  @Operation(summary = "Адрес моего календаря (iCalendar) для подписки в календаре телефона или почты")
  Map<String, String> me(CurrentUser user) {
    return Map.of("url", feeds.myUrl(user));
  }

  @PostMapping("/api/calendar/me/revoke")
  @Operation(summary = "Новый адрес календаря; прежний перестаёт работать")
  Map<String, String> revoke(CurrentUser user) {
    return Map.of("url", feeds.revoke(user));
  }

  @GetMapping("/api/calendar/feed/{file}")
  @Operation(summary = "Календарь по секретному адресу (без входа)")
  ResponseEntity<String> feed(@PathVariable String file) {
    String secret = file.endsWith(".ics") ? file.substring(0, file.length() - 4) : file;
    return ResponseEntity.ok().contentType(TEXT_CALENDAR).header("Cache-Control", "no-store").body(feeds.feed(secret));
  }
}
