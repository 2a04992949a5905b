// Server commands of the built-package browser tests, beyond @web/test-runner-commands' sendKeys/setViewport:
//
//   'pick-files'  { files: [{ name, mimeType, base64 }] }
//     The next file chooser the page opens (a click or a key on a drop zone's "Ajouter document",
//     in the page or in any of its iframes) is answered with these files, as a person picking
//     them would: the input's `change` fires with real File objects of that frame.
//   'fail-requests'  { urlIncludes }
//     Until 'allow-requests', every request of the page whose URL contains `urlIncludes` fails as a
//     network error (Playwright aborts it): a chunk that cannot be fetched, as after a deploy or offline.
//   'allow-requests'  { urlIncludes }
//     Ends the failure above.

/** A web-test-runner plugin adding the commands above (Playwright only). */
export function testCommandsPlugin() {
  /** The URL matchers given to `page.route` by 'fail-requests', by their text, to remove them again. */
  const failing = new Map();
  return {
    name: 'dossier-test-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'pick-files' && command !== 'fail-requests' && command !== 'allow-requests') return undefined;
      if (session.browser.type !== 'playwright') throw new Error(`${command} needs the Playwright launcher`);
      const page = session.browser.getPage(session.id);
      if (command === 'fail-requests') {
        const matcher = (url) => url.href.includes(payload.urlIncludes);
        failing.set(payload.urlIncludes, matcher);
        await page.route(matcher, (route) => route.abort('failed'));
        return true;
      }
      if (command === 'allow-requests') {
        const matcher = failing.get(payload.urlIncludes);
        failing.delete(payload.urlIncludes);
        if (matcher) await page.unroute(matcher);
        return true;
      }
      const files = payload.files.map((file) => ({ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.base64, 'base64') }));
      page.once('filechooser', (chooser) => {
        void chooser.setFiles(files);
      });
      // Playwright turns file-chooser interception on when the first listener is added, without
      // waiting for it: a key pressed at once could open the chooser before (nothing is picked, the
      // test times out now and then). Its request goes to the browser before this evaluation's, and
      // the browser answers a page's requests in order: once this returns, interception is on.
      await page.evaluate(() => 0);
      return true;
    },
  };
}
