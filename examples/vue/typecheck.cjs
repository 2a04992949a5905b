// vue-tsc needs TypeScript's JavaScript API, which the workspace's TypeScript 7 (native) lacks:
// run it on this example's own TypeScript 5.9.
const { run } = require('vue-tsc');
run(require.resolve('typescript/lib/tsc', { paths: [__dirname] }));
