import { createCallbackTransport, type ReminderTransport } from '@dossier/core';

/**
 * A reminder transport that sends nothing anywhere: stories must not open the person's mail
 * client (core's default `mailto:` transport would). The reminder is still recorded.
 */
export const storyTransport: ReminderTransport = createCallbackTransport(() => {}, 'storybook');
