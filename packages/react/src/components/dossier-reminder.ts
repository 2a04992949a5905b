import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { DossierReminder as DossierReminderElement, type DossierReminderSendEvent, type DossierReminderSentEvent } from '@dossier/elements';
// Registers <dossier-reminder> (and what it renders) when this module loads, before React renders it.
import '@dossier/elements/define/reminder';

/**
 * `<dossier-reminder>` as a React component (works in React 18 and 19): its properties are props (set as
 * properties, so `client` and `transport` objects arrive intact) and its events are
 * camelCase `on…` props. The reminder composer of one dossier: prefilled, editable, sent through a transport, with its history.
 */
export const DossierReminder = createComponent({
  react: React,
  tagName: 'dossier-reminder',
  elementClass: DossierReminderElement,
  events: {
    onReminderSend: 'dossier-reminder-send' as EventName<DossierReminderSendEvent>,
    onReminderSent: 'dossier-reminder-sent' as EventName<DossierReminderSentEvent>,
  },
  displayName: 'DossierReminder',
});
