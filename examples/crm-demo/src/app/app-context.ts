import type { DossierClient, Locale, ReminderTransport } from '@dossier/core';
import type { CrmStore } from '../crm/crm-store.js';
import type { AppMessages } from '../i18n/app-messages.js';
import type { DemoStorageKind } from '../storage/demo-storage-kind.js';
import type { Toaster } from '../ui/toaster.js';

/** What every screen of the CRM gets: the Dossier client, the CRM's own records, and the shell's services. */
export interface AppContext {
  readonly client: DossierClient;
  readonly crm: CrmStore;
  readonly storageKind: DemoStorageKind;
  /** The CRM's "send" for reminders (a simulated outbox). */
  readonly outbox: ReminderTransport;
  readonly locale: Locale;
  /** The CRM's texts in the current locale. */
  readonly t: AppMessages;
  readonly toaster: Toaster;
  /** Where dialogs go: inside `<dossier-provider>`, so the Dossier elements in them find the client. */
  readonly dialogHost: HTMLElement;
  /** Goes to a route, e.g. `#/propositions/PR-2026-0101`. */
  navigate(hash: string): void;
  /** Marks the sidebar section a page belongs to, once the page knows it (a dossier is a proposal or a contract). */
  setNavSection(section: NavSection): void;
}

/** Sections of the sidebar. */
export type NavSection = 'sales' | 'contracts' | 'administration' | null;

/** A screen of the CRM, mounted in the main area. */
export interface Page {
  readonly title: string;
  readonly element: HTMLElement;
  /** Stops the page's subscriptions when it is left. */
  dispose?(): void;
}
