import { singleLine } from './single-line.js';

/** The placeholders of the built-in languages: `{lien}`, `{link}`, `{Link}`, `{enlace}`. */
const BUILT_IN_PLACEHOLDERS = ['{lien}', '{link}', '{Link}', '{enlace}'];

/**
 * A reminder's body with an upload link's address where its placeholder stands (`{lien}` in
 * French, `{link}` in English… or `placeholder`, a host's own), every occurrence. When a person
 * took the placeholder out while editing, the address goes on a line of its own at the end: a
 * link created for a reminder always reaches the client.
 *
 * @example
 * fillUploadLink('Déposez-les ici : {lien}', 'https://crm.example/portal/Yx…'); // 'Déposez-les ici : https://crm.example/portal/Yx…'
 */
export function fillUploadLink(body: string, url: string, placeholder?: string): string {
  const address = singleLine(url);
  const placeholders = placeholder ? [placeholder, ...BUILT_IN_PLACEHOLDERS] : BUILT_IN_PLACEHOLDERS;
  let filled = body;
  for (const mark of placeholders) filled = filled.split(mark).join(address);
  return filled === body ? `${body.replace(/\s+$/, '')}\n\n${address}` : filled;
}

/** Whether a text still holds an upload-link placeholder (of a built-in language, or `placeholder`). */
export function hasUploadLinkPlaceholder(body: string, placeholder?: string): boolean {
  return [...(placeholder ? [placeholder] : []), ...BUILT_IN_PLACEHOLDERS].some((mark) => body.includes(mark));
}
