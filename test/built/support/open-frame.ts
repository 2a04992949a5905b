/** Options of `openFrame`. */
export interface FrameOptions {
  /** The iframe's `sandbox` attribute, when it must be sandboxed. */
  readonly sandbox?: string;
  readonly width?: number;
  readonly height?: number;
}

/** Appends an iframe showing `src` to the test page and resolves once it has loaded. */
export async function openFrame(src: string, options: FrameOptions = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (options.sandbox !== undefined) frame.setAttribute('sandbox', options.sandbox);
  frame.width = String(options.width ?? 1280);
  frame.height = String(options.height ?? 800);
  const loaded = new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error(`${src} did not load`)), { once: true });
  });
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}
