// What changed in an OpenAPI 3.1 contract since its recorded baseline, and which changes are
// breaking: a client written against the baseline could fail with a server of the new contract.
// A small structural diff (oasdiff, the usual tool, is a Go binary): paths and operations,
// parameters, request bodies, responses and the JSON schemas under them, $refs followed.
//
//   breaking   a path, an operation or a success response removed; a parameter, a body or a
//              property newly required; a request accepting less (enum values or types removed,
//              limits tightened, a pattern or format added or changed, extra properties refused);
//              a response promising less (a property removed or no longer required, new enum
//              values or types, a format changed); a media type removed; security changed.
//   changed    anything else that is not documentation (descriptions, summaries, examples, tags
//              and titles are documentation): it needs a new info.version, a minor one.

/** Keys that document and never change what a client may send or receive. */
const DOCUMENTATION = new Set(['description', 'summary', 'example', 'examples', 'externalDocs', 'tags', 'title', 'info', 'servers']);
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
/** Limits whose value lowered (or newly set) makes a request schema accept less. */
const UPPER_LIMITS = ['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties'];
/** Limits whose value raised (or newly set) makes a request schema accept less. */
const LOWER_LIMITS = ['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties'];

/** Maps whose keys are names chosen by the contract (a property called `title`), never documentation. */
const NAME_MAPS = new Set([
  'properties',
  'patternProperties',
  'schemas',
  'parameters',
  'responses',
  'headers',
  'requestBodies',
  'securitySchemes',
  'links',
  'callbacks',
  'paths',
  'content',
  'encoding',
  'variables',
]);

/** The document without its documentation, for "did anything structural change at all". */
export function structure(value, parentKey = '') {
  if (Array.isArray(value)) return value.map((item) => structure(item));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => NAME_MAPS.has(parentKey) || !DOCUMENTATION.has(key))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, inner]) => [key, structure(inner, NAME_MAPS.has(parentKey) ? '' : key)]),
  );
}

/**
 * @param {Record<string, any>} baseline the contract as recorded
 * @param {Record<string, any>} current the contract now
 * @returns {{ breaking: string[], changed: string[] }}
 */
export function openapiChanges(baseline, current) {
  const breaking = [];
  const changed = [];
  /** Follows local $refs (`#/components/…`) of `doc` until a value that is not one. */
  const resolve = (doc, node) => {
    for (let depth = 0; node && typeof node.$ref === 'string' && depth < 32; depth += 1) {
      node = node.$ref
        .slice(2)
        .split('/')
        .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
        .reduce((value, key) => value?.[key], doc);
    }
    return node;
  };
  const B = (node) => resolve(baseline, node);
  const C = (node) => resolve(current, node);
  const list = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

  /** Shared schemas ($ref to the same component) already compared, per direction. */
  const compared = new Set();

  /** Compares two schemas as a request (what the server accepts) or a response (what a client receives). */
  function compareSchema(baseNode, currentNode, direction, where) {
    // A shared schema is compared once per direction and its changes named after it, not after
    // every place that uses it (this also ends recursive schemas).
    if (baseNode?.$ref && baseNode.$ref === currentNode?.$ref) {
      const key = `${baseNode.$ref}|${direction}`;
      if (compared.has(key)) return;
      compared.add(key);
      where = `${baseNode.$ref.replace('#/components/', '')} (in ${direction}s)`;
    }
    const base = B(baseNode);
    const cur = C(currentNode);
    if (!base || !cur) {
      if (!base !== !cur) changed.push(`${where}: schema ${base ? 'removed' : 'added'}`);
      return;
    }
    const request = direction === 'request';

    // Types, with `integer` a subset of `number`.
    const baseTypes = list(base.type);
    const curTypes = list(cur.type);
    if (baseTypes.length && curTypes.length) {
      const covers = (types, type) => types.includes(type) || (type === 'integer' && types.includes('number'));
      const lost = baseTypes.filter((type) => !covers(curTypes, type));
      const gained = curTypes.filter((type) => !covers(baseTypes, type));
      const message = `${where}: type ${baseTypes.join('|')} → ${curTypes.join('|')}`;
      if (request ? lost.length : gained.length)
        breaking.push(`${message} (${request ? `no longer accepts ${lost.join(', ')}` : `may now be ${gained.join(', ')}`})`);
      else if (lost.length || gained.length) changed.push(message);
    } else if (baseTypes.length !== curTypes.length) {
      // A type newly set narrows a request; a type dropped lets a response be anything.
      const narrowedRequest = request && curTypes.length > 0;
      const widenedResponse = !request && baseTypes.length > 0;
      (narrowedRequest || widenedResponse ? breaking : changed).push(
        `${where}: type ${baseTypes.join('|') || 'any'} → ${curTypes.join('|') || 'any'}`,
      );
    }

    // Enums (`const` is a one-value enum).
    const values = (schema) => (schema.enum ? schema.enum : 'const' in schema ? [schema.const] : null);
    const baseValues = values(base);
    const curValues = values(cur);
    if (baseValues || curValues) {
      const show = (v) => JSON.stringify(v);
      if (!baseValues) (request ? breaking : changed).push(`${where}: now limited to ${curValues.map(show).join(', ')}`);
      else if (!curValues) (request ? changed : breaking).push(`${where}: no longer limited to ${baseValues.map(show).join(', ')}`);
      else {
        const removed = baseValues.filter((v) => !curValues.some((w) => show(w) === show(v)));
        const added = curValues.filter((v) => !baseValues.some((w) => show(w) === show(v)));
        if (removed.length)
          (request ? breaking : changed).push(
            `${where}: enum value${removed.length > 1 ? 's' : ''} ${removed.map(show).join(', ')} removed`,
          );
        if (added.length)
          (request ? changed : breaking).push(`${where}: enum value${added.length > 1 ? 's' : ''} ${added.map(show).join(', ')} added`);
      }
    }

    // Limits, patterns and formats.
    for (const key of [...UPPER_LIMITS, ...LOWER_LIMITS]) {
      if (base[key] === cur[key]) continue;
      const tighter = UPPER_LIMITS.includes(key)
        ? cur[key] !== undefined && (base[key] === undefined || cur[key] < base[key])
        : cur[key] !== undefined && (base[key] === undefined || cur[key] > base[key]);
      (request && tighter ? breaking : changed).push(`${where}: ${key} ${base[key] ?? 'none'} → ${cur[key] ?? 'none'}`);
    }
    if (base.pattern !== cur.pattern)
      (request && cur.pattern !== undefined ? breaking : changed).push(
        `${where}: pattern ${base.pattern ?? 'none'} → ${cur.pattern ?? 'none'}`,
      );
    if (base.format !== cur.format)
      (cur.format !== undefined ? breaking : changed).push(`${where}: format ${base.format ?? 'none'} → ${cur.format ?? 'none'}`);

    // Object properties.
    const baseProps = base.properties ?? {};
    const curProps = cur.properties ?? {};
    const baseRequired = new Set(base.required ?? []);
    const curRequired = new Set(cur.required ?? []);
    for (const name of Object.keys(baseProps)) {
      if (name in curProps) compareSchema(baseProps[name], curProps[name], direction, `${where}.${name}`);
      else if (!request) breaking.push(`${where}: property ${name} removed`);
      else (cur.additionalProperties === false ? breaking : changed).push(`${where}: property ${name} removed`);
    }
    for (const name of Object.keys(curProps))
      if (!(name in baseProps))
        (request && curRequired.has(name) ? breaking : changed).push(
          `${where}: property ${name} added${curRequired.has(name) ? ' (required)' : ''}`,
        );
    for (const name of curRequired)
      if (!baseRequired.has(name) && name in baseProps) (request ? breaking : changed).push(`${where}: property ${name} became required`);
    for (const name of baseRequired)
      if (!curRequired.has(name) && name in curProps) (request ? changed : breaking).push(`${where}: property ${name} no longer required`);
    if (base.additionalProperties !== false && cur.additionalProperties === false)
      (request ? breaking : changed).push(`${where}: other properties now refused`);
    if (typeof base.additionalProperties === 'object' && typeof cur.additionalProperties === 'object')
      compareSchema(base.additionalProperties, cur.additionalProperties, direction, `${where}[*]`);
    if (base.items || cur.items) compareSchema(base.items, cur.items, direction, `${where}[]`);

    // Compositions, branch by branch: a request accepting fewer branches, a response with more.
    for (const key of ['oneOf', 'anyOf', 'allOf']) {
      const baseBranches = base[key] ?? [];
      const curBranches = cur[key] ?? [];
      if (!baseBranches.length && !curBranches.length) continue;
      for (let i = 0; i < Math.min(baseBranches.length, curBranches.length); i += 1)
        compareSchema(baseBranches[i], curBranches[i], direction, `${where}(${key} ${i + 1})`);
      if (baseBranches.length !== curBranches.length) {
        // More oneOf/anyOf branches accept more; more allOf branches constrain more.
        const acceptsMore = curBranches.length > baseBranches.length === (key !== 'allOf');
        (request !== acceptsMore ? breaking : changed).push(`${where}: ${key} ${baseBranches.length} → ${curBranches.length} branches`);
      }
    }
  }

  /** Parameters of an operation (path-level ones included), by `in:name`. */
  const parameters = (resolveIn, pathItem, operation) => {
    const byKey = new Map();
    for (const node of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
      const parameter = resolveIn(node);
      if (parameter) byKey.set(`${parameter.in}:${parameter.name}`, parameter);
    }
    return byKey;
  };

  const basePaths = baseline.paths ?? {};
  const curPaths = current.paths ?? {};
  for (const [path, basePathNode] of Object.entries(basePaths)) {
    if (!(path in curPaths)) {
      breaking.push(`${path}: path removed`);
      continue;
    }
    const basePath = B(basePathNode);
    const curPath = C(curPaths[path]);
    for (const method of METHODS) {
      if (!basePath[method]) {
        if (curPath[method]) changed.push(`${method.toUpperCase()} ${path}: operation added`);
        continue;
      }
      const op = `${method.toUpperCase()} ${path}`;
      if (!curPath[method]) {
        breaking.push(`${op}: operation removed`);
        continue;
      }
      const baseOp = basePath[method];
      const curOp = curPath[method];

      const baseParams = parameters(B, basePath, baseOp);
      const curParams = parameters(C, curPath, curOp);
      for (const [key, parameter] of curParams) {
        const before = baseParams.get(key);
        if (!before)
          (parameter.required ? breaking : changed).push(`${op}: parameter ${key} added${parameter.required ? ' (required)' : ''}`);
        else {
          if (parameter.required && !before.required) breaking.push(`${op}: parameter ${key} became required`);
          if ((parameter.style ?? '') !== (before.style ?? '') || (parameter.explode ?? '') !== (before.explode ?? ''))
            breaking.push(`${op}: parameter ${key} serialized differently`);
          compareSchema(before.schema, parameter.schema, 'request', `${op} parameter ${key}`);
        }
      }
      for (const key of baseParams.keys()) if (!curParams.has(key)) changed.push(`${op}: parameter ${key} removed`);

      const baseBody = B(baseOp.requestBody);
      const curBody = C(curOp.requestBody);
      if (curBody?.required && !baseBody?.required) breaking.push(`${op}: request body became required`);
      for (const [mediaType, baseMedia] of Object.entries(baseBody?.content ?? {})) {
        const curMedia = curBody?.content?.[mediaType];
        if (!curMedia) breaking.push(`${op}: request body ${mediaType} no longer accepted`);
        else compareSchema(baseMedia.schema, curMedia.schema, 'request', `${op} request ${mediaType}`);
      }
      for (const mediaType of Object.keys(curBody?.content ?? {}))
        if (!baseBody?.content?.[mediaType]) changed.push(`${op}: request body ${mediaType} accepted`);

      for (const [status, baseResponseNode] of Object.entries(baseOp.responses ?? {})) {
        const success = /^2/.test(status);
        const curResponse = C(curOp.responses?.[status]);
        if (!curResponse) {
          (success ? breaking : changed).push(`${op}: response ${status} removed`);
          continue;
        }
        const baseResponse = B(baseResponseNode);
        for (const [mediaType, baseMedia] of Object.entries(baseResponse.content ?? {})) {
          const curMedia = curResponse.content?.[mediaType];
          if (!curMedia) (success ? breaking : changed).push(`${op}: response ${status} ${mediaType} removed`);
          else compareSchema(baseMedia.schema, curMedia.schema, 'response', `${op} response ${status} ${mediaType}`);
        }
        for (const mediaType of Object.keys(curResponse.content ?? {}))
          if (!baseResponse.content?.[mediaType]) changed.push(`${op}: response ${status} ${mediaType} added`);
      }
      for (const status of Object.keys(curOp.responses ?? {}))
        if (!baseOp.responses?.[status]) changed.push(`${op}: response ${status} added`);

      const security = (doc, operation) => JSON.stringify(operation.security ?? doc.security ?? []);
      if (security(baseline, baseOp) !== security(current, curOp)) breaking.push(`${op}: security requirements changed`);
    }
  }
  for (const path of Object.keys(curPaths)) if (!(path in basePaths)) changed.push(`${path}: path added`);

  // Whatever the walk above does not name (an unused component, a keyword it does not read) still counts.
  if (breaking.length === 0 && changed.length === 0 && JSON.stringify(structure(baseline)) !== JSON.stringify(structure(current))) {
    changed.push('a structural change outside paths, operations and their schemas (components, keywords): see the diff');
  }
  return { breaking: [...new Set(breaking)], changed: [...new Set(changed)] };
}
