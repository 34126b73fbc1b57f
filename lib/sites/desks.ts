/**
 * The help desk adapters, most specific first: hosted desks match by host, self-hosted ones
 * (Request Tracker, osTicket, FreeScout, ServiceNow on a custom domain) by DOM markers. The generic adapter
 * (lib/sites/generic.ts) goes after all of these.
 */
import type { SiteAdapter } from './types';
import { freescout } from './freescout';
import { freshdesk } from './freshdesk';
import { front } from './front';
import { gmail } from './gmail';
import { gorgias } from './gorgias';
import { helpScout } from './help-scout';
import { hubspot } from './hubspot';
import { intercom } from './intercom';
import { jiraServiceManagement } from './jira-service-management';
import { osticket } from './osticket';
import { outlook } from './outlook';
import { requestTracker } from './request-tracker';
import { salesforce } from './salesforce';
import { servicenow } from './servicenow';
import { zendesk } from './zendesk';
import { zohoDesk } from './zoho-desk';

export const deskAdapters: readonly SiteAdapter[] = [
  zendesk,
  freshdesk,
  zohoDesk,
  servicenow,
  jiraServiceManagement,
  salesforce,
  helpScout,
  intercom,
  front,
  hubspot,
  gorgias,
  gmail,
  outlook,
  requestTracker,
  osticket,
  freescout,
];

export {
  freescout,
  freshdesk,
  front,
  gmail,
  gorgias,
  helpScout,
  hubspot,
  intercom,
  jiraServiceManagement,
  osticket,
  outlook,
  requestTracker,
  salesforce,
  servicenow,
  zendesk,
  zohoDesk,
};
