/**
 * Text that would run script if an element ever rendered host strings as HTML. Stories put it in
 * labels, names and file names: it must show as these very characters, and no <img> may appear.
 */
export const hostileText = '<img src=x onerror=alert(1)>';
