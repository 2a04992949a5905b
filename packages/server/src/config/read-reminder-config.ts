/** What sends automatic reminders, from the environment. */
export interface ReminderConfig {
  /** `smtp://user:password@host:587` or `smtps://…`. */
  readonly smtpUrl: string;
  /** The sender of the e-mails. */
  readonly from: string;
  /** The server's public origin and prefix, e.g. `https://crm.example.fr/api/dossier`: the unsubscribe links point there. */
  readonly publicUrl: string;
  readonly unsubscribeSecret: string;
  readonly intervalMs: number;
}

/** The environment variables of automatic reminders, and what each does. */
export const REMINDER_ENVIRONMENT: Readonly<Record<string, string>> = {
  DOSSIER_SMTP_URL: 'smtp://user:password@host:587 (or smtps://…:465) of the mail server: turns automatic reminders on. Default: off.',
  DOSSIER_MAIL_FROM: 'Sender of the reminders, e.g. "Cabinet Martin <relances@cabinet.fr>". Required with DOSSIER_SMTP_URL.',
  DOSSIER_PUBLIC_URL:
    'Public URL of the API (origin and prefix) for the unsubscribe links. Required with DOSSIER_SMTP_URL; in development, default the address the server listens on.',
  DOSSIER_UNSUBSCRIBE_SECRET: 'Signs the unsubscribe links (32 characters or more). Required with DOSSIER_SMTP_URL.',
  DOSSIER_REMINDER_INTERVAL_MS: 'Between two looks of the reminder scheduler. Default 60000.',
};

/**
 * Automatic reminders' configuration, or `null` when `DOSSIER_SMTP_URL` is
 * not set (the server then sends nothing).
 *
 * @throws Error naming every missing or malformed variable.
 */
export function readReminderConfig(env: NodeJS.ProcessEnv = process.env): ReminderConfig | null {
  const text = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const smtpUrl = text('DOSSIER_SMTP_URL');
  if (!smtpUrl) return null;
  const problems: string[] = [];
  if (!/^smtps?:\/\//.test(smtpUrl)) problems.push('DOSSIER_SMTP_URL must start with smtp:// or smtps://');
  const from = text('DOSSIER_MAIL_FROM');
  if (!from) problems.push('DOSSIER_MAIL_FROM is required with DOSSIER_SMTP_URL');
  const publicUrl = text('DOSSIER_PUBLIC_URL')?.replace(/\/+$/, '');
  if (!publicUrl || !/^https?:\/\//.test(publicUrl))
    problems.push('DOSSIER_PUBLIC_URL (http:// or https://) is required with DOSSIER_SMTP_URL');
  const unsubscribeSecret = text('DOSSIER_UNSUBSCRIBE_SECRET');
  if (!unsubscribeSecret || unsubscribeSecret.length < 32)
    problems.push('DOSSIER_UNSUBSCRIBE_SECRET (32 characters or more) is required with DOSSIER_SMTP_URL');
  const intervalText = text('DOSSIER_REMINDER_INTERVAL_MS');
  const intervalMs = intervalText === undefined ? 60_000 : Number(intervalText);
  if (!Number.isSafeInteger(intervalMs) || intervalMs < 1000)
    problems.push('DOSSIER_REMINDER_INTERVAL_MS must be a whole number of milliseconds, 1000 or more');
  if (problems.length > 0) throw new Error(problems.join('; '));
  return { smtpUrl, from: from as string, publicUrl: publicUrl as string, unsubscribeSecret: unsubscribeSecret as string, intervalMs };
}
