package ru.nastavnik.identity;

import ru.nastavnik.organization.GroupNames;
import java.util.ArrayList;
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
import ru.nastavnik.organization.Organization;
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
    Organization organization = organizations.getObject().organizationByCode(organizationCode);
    String municipality = organization.getMunicipality().getCode();
    AuthorizationService authorizations = execution.getProcessEngineServices().getAuthorizationService();
    Privileged.run(execution.getProcessEngineServices().getIdentityService(), () -> {
      for (String group : new String[] {GroupNames.managers(municipality), GroupNames.coordinators(municipality)}) {
        boolean granted = grantedInThisCommand(group, execution.getProcessInstanceId())
            || authorizations.createAuthorizationQuery().groupIdIn(group)
                .resourceType(Resources.PROCESS_INSTANCE).resourceId(execution.getProcessInstanceId()).count() > 0;
        if (granted) {
          continue;
        }
        Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        read.setGroupId(group);
        read.setResource(Resources.PROCESS_INSTANCE);
        read.setResourceId(execution.getProcessInstanceId());
        read.addPermission(Permissions.READ);
        authorizations.saveAuthorization(read);
      }
    });
  }

  /**
   * A grant made earlier in the same command (a process started with its organization known that
   * reaches its first user task at once) is not in the database yet, so the query above misses it.
   */
  private static boolean grantedInThisCommand(String group, String processInstanceId) {
    CommandContext context = Context.getCommandContext();
    return context != null && context.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class).stream()
        .anyMatch(a -> group.equals(a.getGroupId()) && a.getResourceType() == Resources.PROCESS_INSTANCE.resourceType()
            && processInstanceId.equals(a.getResourceId()));
  }
}
