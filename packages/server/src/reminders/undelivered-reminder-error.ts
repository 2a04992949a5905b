/**
 * A mailer's failure that is known to have delivered nothing, even after its `handOver` ran: the
 * SMTP server answered the end of the message with a refusal, or the connection ended before the
 * end-of-data mark was written. The outbox sends such a message again later.
 */
export class UndeliveredReminderError extends Error {
  /** Always `UndeliveredReminderError`. */
  override readonly name = 'UndeliveredReminderError';
}
