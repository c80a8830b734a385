package ru.nastavnik.identity;

import ru.nastavnik.organization.GroupNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import ru.nastavnik.organization.OrganizationService;

/**
 * Lets the coordinators and managers of a municipality read, in Cockpit, the process instances
 * of its organizations and nobody else's: every process instance that carries an
 * {@code organizationCode} variable at its start or at its first user task gets a READ
 * authorization for both groups.
 */
@Component
class MunicipalVisibilityPlugin extends AbstractProcessEnginePlugin {

  /** The variable every organization-bound process carries. */
  static final String ORGANIZATION_CODE = "organizationCode";

  private final ObjectProvider<OrganizationService> organizations;

  MunicipalVisibilityPlugin(ObjectProvider<OrganizationService> organizations) {
    this.organizations = organizations;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    ExecutionListener grant = this::grantMunicipalRead;
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addListener(ExecutionListener.EVENTNAME_START, grant);
      }

      // Most processes learn their organization in a first service task: the first user task
      // (what Cockpit users look for) grants the read access at the latest.
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        activity.addListener(ExecutionListener.EVENTNAME_START, grant);
      }
    });
  }

  private void grantMunicipalRead(DelegateExecution execution) {
    Object code = execution.getVariable(ORGANIZATION_CODE);
    if (!(code instanceof String organizationCode)) {
      return;
    }
    String instance = execution.getProcessInstanceId();
    AuthorizationService authorizations = execution.getProcessEngineServices().getAuthorizationService();
    Privileged.run(execution.getProcessEngineServices().getIdentityService(), () -> {
      // Every user task passes here: one indexed read of the instance's grants answers «already
      // granted» without looking the organization up (three queries per task before).
      Set<String> granted = new HashSet<>(grantedInThisCommand(instance));
      authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE).resourceId(instance).list()
          .forEach(authorization -> granted.add(authorization.getGroupId()));
      if (hasGroupStartingWith(granted, GroupNames.MANAGERS) && hasGroupStartingWith(granted, GroupNames.COORDINATORS)) {
        return;
      }
      String municipality = organizations.getObject().organizationByCode(organizationCode).getMunicipality().getCode();
      for (String group : new String[] {GroupNames.managers(municipality), GroupNames.coordinators(municipality)}) {
        if (granted.contains(group)) {
          continue;
        }
        Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        read.setGroupId(group);
        read.setResource(Resources.PROCESS_INSTANCE);
        read.setResourceId(instance);
        read.addPermission(Permissions.READ);
        authorizations.saveAuthorization(read);
      }
    });
  }

  private static boolean hasGroupStartingWith(Set<String> groups, String prefix) {
    return groups.stream().anyMatch(group -> group != null && group.startsWith(prefix));
  }

  /**
   * Groups granted earlier in the same command (a process started with its organization known that
   * reaches its first user task at once): not in the database yet, so the query misses them.
   */
  private static List<String> grantedInThisCommand(String processInstanceId) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      return List.of();
    }
    return context.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class).stream()
        .filter(a -> a.getResourceType() == Resources.PROCESS_INSTANCE.resourceType()
            && processInstanceId.equals(a.getResourceId()))
        .map(AuthorizationEntity::getGroupId).toList();
  }
}
