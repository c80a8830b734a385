package ru.nastavnik.reporting;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.pair.MentoringPair;
import ru.nastavnik.person.Person;
import ru.nastavnik.program.MeetingFeedback;
import ru.nastavnik.program.ProgramMeeting;
import ru.nastavnik.request.MentoringRequest;

/**
 * Keeps {@link ReportingSums} up to date in the transaction that changes what they sum: every
 * pair, meeting, feedback, request, person and municipality written through JPA is noted as it is flushed, and
 * right before the transaction commits — after the last flush — the sums of what was noted are
 * recomputed on the same connection. A rollback drops the notes with the changes.
 *
 * <p>Code that writes those rows with plain SQL says so through the {@code …WrittenDirectly}
 * methods, in its own transaction.
 */
@Component
public class ReportingSumsKeeper implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

  private final NamedParameterJdbcTemplate jdbc;
  private final boolean postgres;
  private final Map<SharedSessionContractImplementor, Pending> pending = new ConcurrentHashMap<>();

  ReportingSumsKeeper(EntityManagerFactory entityManagerFactory, NamedParameterJdbcTemplate jdbc, DataSource dataSource)
      throws SQLException {
    this.jdbc = jdbc;
    try (Connection connection = dataSource.getConnection()) {
      this.postgres = isPostgres(connection);
    }
    EventListenerRegistry listeners = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
        .requireService(EventListenerRegistry.class);
    listeners.appendListeners(EventType.POST_INSERT, this);
    listeners.appendListeners(EventType.POST_UPDATE, this);
    listeners.appendListeners(EventType.POST_DELETE, this);
  }

  /** These requests, or their pairs, were written with plain SQL. */
  @Transactional
  public void requestsWrittenDirectly(Collection<Long> requestIds) {
    new ReportingSums(jdbc, postgres).refresh(requestIds, List.of(), List.of(), List.of(), List.of());
  }

  /** These meetings or their feedback were written with plain SQL. */
  @Transactional
  public void meetingsWrittenDirectly(Collection<Long> meetingIds) {
    new ReportingSums(jdbc, postgres).refresh(List.of(), meetingIds, List.of(), List.of(), List.of());
  }

  /** Every sum from scratch, for rows written past the application. */
  @Transactional
  public void rebuild() {
    new ReportingSums(jdbc, postgres).rebuild();
  }

  @Override
  public void onPostInsert(PostInsertEvent event) {
    note(event.getEntity(), event.getSession());
  }

  @Override
  public void onPostUpdate(PostUpdateEvent event) {
    note(event.getEntity(), event.getSession());
    noteFormerOrganization(event);
    noteTimeZone(event);
  }

  @Override
  public void onPostDelete(PostDeleteEvent event) {
    note(event.getEntity(), event.getSession());
  }

  @Override
  public boolean requiresPostCommitHandling(EntityPersister persister) {
    return false;
  }

  // Only identifiers are read: asking a lazy association for its id does not load it in the middle of a flush.
  private void note(Object entity, EventSource session) {
    if (entity instanceof MentoringPair pair) {
      pending(session).requests.add(pair.getRequest().getId());
    } else if (entity instanceof ProgramMeeting meeting) {
      pending(session).programs.add(meeting.getProgram().getId());
      pending(session).meetings.add(meeting.getId());
    } else if (entity instanceof MeetingFeedback feedback) {
      pending(session).meetings.add(feedback.getMeeting().getId());
    } else if (entity instanceof MentoringRequest request) {
      pending(session).organizations.add(request.getOrganization().getId());
    } else if (entity instanceof Person person) {
      pending(session).organizations.add(person.getOrganization().getId());
    }
  }

  /** A new time zone moves the months of a municipality's ratings; its name or anything else does not. */
  private void noteTimeZone(PostUpdateEvent event) {
    if (event.getEntity() instanceof Municipality municipality && event.getDirtyProperties() != null) {
      int index = event.getPersister().getEntityMetamodel().getPropertyIndex("timeZone");
      for (int dirty : event.getDirtyProperties()) {
        if (dirty == index) {
          pending(event.getSession()).municipalities.add(municipality.getId());
        }
      }
    }
  }

  /** A person who moves to another organization leaves the counts of the one she was in. */
  private void noteFormerOrganization(PostUpdateEvent event) {
    if (event.getEntity() instanceof Person && event.getOldState() != null) {
      int index = event.getPersister().getEntityMetamodel().getPropertyIndex("organization");
      if (event.getOldState()[index] instanceof Organization former) {
        pending(event.getSession()).organizations.add(former.getId());
      }
    }
  }

  private Pending pending(EventSource session) {
    return pending.computeIfAbsent(session, s -> {
      Pending p = new Pending();
      session.getActionQueue().registerProcess(p);
      session.getActionQueue().registerProcess((AfterTransactionCompletionProcess) (success, finished) -> pending.remove(finished));
      return p;
    });
  }

  private static boolean isPostgres(Connection connection) throws SQLException {
    return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
  }

  /** What one transaction changed, refreshed before it commits. */
  private static final class Pending implements BeforeTransactionCompletionProcess {
    final Set<Long> requests = new HashSet<>();
    final Set<Long> programs = new HashSet<>();
    final Set<Long> meetings = new HashSet<>();
    final Set<Long> municipalities = new HashSet<>();
    final Set<Long> organizations = new HashSet<>();

    @Override
    public void doBeforeTransactionCompletion(SessionImplementor session) {
      session.doWork(connection -> {
        ReportingSums sums = new ReportingSums(
            new NamedParameterJdbcTemplate(new SingleConnectionDataSource(connection, true)), isPostgres(connection));
        sums.refresh(requests, meetings, programs, organizations, municipalities);
      });
    }
  }
}
