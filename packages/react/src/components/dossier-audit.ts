import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import {
  DossierAudit as DossierAuditElement,
  type DossierAuditOpenEvent,
  type DossierReminderSendEvent,
  type DossierReminderSentEvent,
} from '@dossier/elements';
// Registers <dossier-audit> (and what it renders) when this module loads, before React renders it.
import '@dossier/elements/define/audit';

/**
 * `<dossier-audit>` as a React component (works in React 18 and 19): its properties are props (set as
 * properties, so `client` and `transport` objects arrive intact) and its events are
 * camelCase `on…` props. The consolidated view of contracts awaiting pieces: filters, sort, and a windowed list over `client.audit`.
 */
export const DossierAudit = createComponent({
  react: React,
  tagName: 'dossier-audit',
  elementClass: DossierAuditElement,
  events: {
    onAuditOpen: 'dossier-audit-open' as EventName<DossierAuditOpenEvent>,
    onReminderSend: 'dossier-reminder-send' as EventName<DossierReminderSendEvent>,
    onReminderSent: 'dossier-reminder-sent' as EventName<DossierReminderSentEvent>,
  },
  displayName: 'DossierAudit',
});
