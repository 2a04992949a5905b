import { expect } from 'chai';
import fc from 'fast-check';
import { isDossierError } from '../src/errors/dossier-error.js';
import { coreTranslationOf } from '../src/i18n/core-locale-registry.js';
import { reasonText } from '../src/i18n/reason-text.js';
import type { ClientProfile, Condition, Requirement } from '../src/model/requirement.js';
import { CONDITION_LIMITS } from '../src/requirement/condition-limits.js';
import { evaluateCondition } from '../src/requirement/evaluate-condition.js';
import { isPieceRequired } from '../src/requirement/is-piece-required.js';
import { validateCondition } from '../src/requirement/validate-condition.js';
import { validateRequirement } from '../src/requirement/validate-requirement.js';

/** Fixed so a failing run reproduces. */
const SEED = 424242;
const RUNS = 300;

function rejection(value: unknown, locale: 'fr' | 'en' = 'en'): { field?: string; reason?: string; message: string } {
  try {
    validateRequirement(value, locale);
  } catch (error) {
    expect(isDossierError(error, 'invalid-input'), String(error)).to.equal(true);
    const e = error as import('../src/errors/dossier-error.js').DossierError;
    const reason = e.details.reason;
    return {
      field: e.details.field,
      reason: reason === undefined ? reason : reasonText(reason, coreTranslationOf(locale)),
      message: e.message,
    };
  }
  expect.fail(`accepted ${String(value)}`);
}

function nest(depth: number): Condition {
  let condition: Condition = { attr: 'a', exists: true };
  for (let level = 1; level < depth; level += 1) condition = { not: condition };
  return condition;
}

describe('validateRequirement', () => {
  const valid: Requirement[] = [
    'mandatory',
    'optional',
    { mandatoryWhen: { attr: 'kind', eq: 'pro' } },
    { mandatoryWhen: { attr: 'kind', eq: null } },
    { mandatoryWhen: { attr: 'kind', eq: false } },
    { mandatoryWhen: { attr: 'kind', eq: -0.5 } },
    { optionalWhen: { attr: 'kind', in: ['a', 1, true, null] } },
    { optionalWhen: { attr: 'kind', in: [] } },
    { mandatoryWhen: { attr: 'age', gt: 25 } },
    { mandatoryWhen: { attr: 'age', lt: -3.5 } },
    { mandatoryWhen: { attr: 'x', exists: true } },
    { optionalWhen: { attr: 'x', exists: false } },
    { mandatoryWhen: { all: [{ attr: 'a', eq: 1 }, { any: [{ attr: 'b', eq: 2 }, { not: { attr: 'c', exists: true } }] }] } },
    { mandatoryWhen: { attr: 'é'.repeat(CONDITION_LIMITS.maxAttrLength), eq: 'x' } },
    { mandatoryWhen: { attr: 'k', in: Array.from({ length: CONDITION_LIMITS.maxInItems }, (_, i) => i) } },
    { mandatoryWhen: { any: Array.from({ length: CONDITION_LIMITS.maxListItems }, (_, i) => ({ attr: 'k', eq: i })) } },
    { mandatoryWhen: nest(CONDITION_LIMITS.maxDepth) },
  ];

  for (const requirement of valid) {
    it(`accepts ${JSON.stringify(requirement).slice(0, 90)}`, () => {
      expect(validateRequirement(requirement)).to.deep.equal(requirement);
    });
  }

  it('accepts JSON-parsed rules and null-prototype objects', () => {
    const parsed: unknown = JSON.parse('{"optionalWhen":{"all":[{"attr":"kind","eq":"pro"}]}}');
    expect(validateRequirement(parsed)).to.deep.equal({ optionalWhen: { all: [{ attr: 'kind', eq: 'pro' }] } });
    const bare = Object.assign(Object.create(null) as object, {
      mandatoryWhen: Object.assign(Object.create(null) as object, { attr: 'a', gt: 1 }),
    });
    expect(validateRequirement(bare)).to.deep.equal({ mandatoryWhen: { attr: 'a', gt: 1 } });
  });

  it('returns a fresh copy, so later changes to the input cannot slip past the check', () => {
    const input = { mandatoryWhen: { all: [{ attr: 'a', eq: 1 }] } };
    const result = validateRequirement(input);
    input.mandatoryWhen.all.push({ attr: '', eq: 1 });
    expect(result).to.deep.equal({ mandatoryWhen: { all: [{ attr: 'a', eq: 1 }] } });
  });

  const invalid: Array<[string, unknown, string]> = [
    ['undefined', undefined, 'expected "mandatory"'],
    ['null', null, 'expected "mandatory"'],
    ['another string', 'required', 'expected "mandatory"'],
    ['a capitalised keyword', 'Mandatory', 'expected "mandatory"'],
    ['a number', 1, 'expected "mandatory"'],
    ['NaN', Number.NaN, 'expected "mandatory"'],
    ['a boolean', true, 'expected "mandatory"'],
    ['an array', [{ mandatoryWhen: { attr: 'a', eq: 1 } }], 'expected "mandatory"'],
    ['an empty object', {}, 'expected "mandatory"'],
    ['both kinds', { mandatoryWhen: { attr: 'a', eq: 1 }, optionalWhen: { attr: 'a', eq: 1 } }, 'unknown key "optionalWhen"'],
    ['an extra key', { mandatoryWhen: { attr: 'a', eq: 1 }, note: 'x' }, 'unknown key "note"'],
    ['a String object', new String('mandatory'), 'expected "mandatory"'],
    ['a Date', new Date(), 'expected "mandatory"'],
    ['a Map', new Map([['mandatoryWhen', { attr: 'a', eq: 1 }]]), 'expected "mandatory"'],
    [
      'a class instance',
      new (class {
        mandatoryWhen = { attr: 'a', eq: 1 };
      })(),
      'expected "mandatory"',
    ],
    ['a missing condition', { mandatoryWhen: undefined }, 'at mandatoryWhen: expected a condition'],
    ['a string condition', { mandatoryWhen: 'kind=pro' }, 'at mandatoryWhen: expected a condition'],
    ['an array condition', { mandatoryWhen: [{ attr: 'a', eq: 1 }] }, 'at mandatoryWhen: expected a condition'],
    ['an empty condition', { mandatoryWhen: {} }, 'at mandatoryWhen: expected a condition'],
    ['no operator', { mandatoryWhen: { attr: 'a' } }, 'exactly one of eq, in, gt, lt, exists'],
    ['two operators', { mandatoryWhen: { attr: 'a', eq: 1, gt: 0 } }, 'exactly one of eq, in, gt, lt, exists'],
    ['an operator without attr', { mandatoryWhen: { eq: 1 } }, '"attr" must be a non-empty text'],
    ['an empty attr', { mandatoryWhen: { attr: '', eq: 1 } }, '"attr" must be a non-empty text'],
    ['a numeric attr', { mandatoryWhen: { attr: 3, eq: 1 } }, '"attr" must be a non-empty text'],
    ['a too long attr', { mandatoryWhen: { attr: 'a'.repeat(CONDITION_LIMITS.maxAttrLength + 1), eq: 1 } }, '"attr" must be'],
    ['an unknown operator', { mandatoryWhen: { attr: 'a', ne: 1 } }, 'unknown key "ne"'],
    ['a typo beside attr', { mandatoryWhen: { attr: 'a', eq: 1, eqq: 2 } }, 'unknown key "eqq"'],
    ['eq NaN', { mandatoryWhen: { attr: 'a', eq: Number.NaN } }, '"eq" must be'],
    ['eq Infinity', { mandatoryWhen: { attr: 'a', eq: Number.POSITIVE_INFINITY } }, '"eq" must be'],
    ['eq undefined', { mandatoryWhen: { attr: 'a', eq: undefined } }, '"eq" must be'],
    ['eq an object', { mandatoryWhen: { attr: 'a', eq: { x: 1 } } }, '"eq" must be'],
    ['eq an array', { mandatoryWhen: { attr: 'a', eq: [1] } }, '"eq" must be'],
    ['eq a bigint', { mandatoryWhen: { attr: 'a', eq: 1n } }, '"eq" must be'],
    ['in a string', { mandatoryWhen: { attr: 'a', in: 'abc' } }, '"in" must be'],
    ['in an object', { mandatoryWhen: { attr: 'a', in: { 0: 'a', length: 1 } } }, '"in" must be'],
    ['in with NaN', { mandatoryWhen: { attr: 'a', in: [1, Number.NaN] } }, '"in" must be'],
    ['in with an object', { mandatoryWhen: { attr: 'a', in: [{}] } }, '"in" must be'],
    // eslint-disable-next-line no-sparse-arrays -- a hole is the hostile input under test
    ['in with a hole', { mandatoryWhen: { attr: 'a', in: [1, , 2] } }, '"in" must be'],
    ['in too long', { mandatoryWhen: { attr: 'a', in: Array.from({ length: CONDITION_LIMITS.maxInItems + 1 }, () => 1) } }, '"in" must be'],
    ['in a huge sparse array', { mandatoryWhen: { attr: 'a', in: new Array(1e9) } }, '"in" must be'],
    ['gt a string', { mandatoryWhen: { attr: 'a', gt: '3' } }, '"gt" must be a finite number'],
    ['gt NaN', { mandatoryWhen: { attr: 'a', gt: Number.NaN } }, '"gt" must be a finite number'],
    ['lt -Infinity', { mandatoryWhen: { attr: 'a', lt: Number.NEGATIVE_INFINITY } }, '"lt" must be a finite number'],
    ['lt null', { mandatoryWhen: { attr: 'a', lt: null } }, '"lt" must be a finite number'],
    ['exists a string', { mandatoryWhen: { attr: 'a', exists: 'true' } }, '"exists" must be true or false'],
    ['exists 1', { mandatoryWhen: { attr: 'a', exists: 1 } }, '"exists" must be true or false'],
    ['an empty all', { mandatoryWhen: { all: [] } }, '"all" must be a non-empty list'],
    ['an empty any', { optionalWhen: { any: [] } }, '"any" must be a non-empty list'],
    ['all an object', { mandatoryWhen: { all: { attr: 'a', eq: 1 } } }, '"all" must be a non-empty list'],
    [
      'any too long',
      { mandatoryWhen: { any: Array.from({ length: CONDITION_LIMITS.maxListItems + 1 }, () => ({ attr: 'a', eq: 1 })) } },
      '"any" must be',
    ],
    ['not an array', { mandatoryWhen: { not: [{ attr: 'a', eq: 1 }] } }, 'at mandatoryWhen.not: expected a condition'],
    ['not null', { mandatoryWhen: { not: null } }, 'at mandatoryWhen.not: expected a condition'],
    ['two combinators', { mandatoryWhen: { all: [{ attr: 'a', eq: 1 }], any: [{ attr: 'a', eq: 1 }] } }, 'unknown key "any"'],
    ['a combinator beside attr', { mandatoryWhen: { attr: 'a', eq: 1, not: { attr: 'b', eq: 1 } } }, 'unknown key "not"'],
    [
      'a bad nested condition',
      { mandatoryWhen: { all: [{ attr: 'a', eq: 1 }, { any: [{ attr: 'b', eqq: 1 }] }] } },
      'at mandatoryWhen.all[1].any[0]: unknown key "eqq"',
    ],
    ['a string inside all', { mandatoryWhen: { all: ['a = 1'] } }, 'at mandatoryWhen.all[0]: expected a condition'],
    ['nesting one level too deep', { mandatoryWhen: nest(CONDITION_LIMITS.maxDepth + 1) }, 'nested more than 16 levels'],
    ['nesting far too deep', { mandatoryWhen: nest(100_000) }, 'nested more than 16 levels'],
  ];

  for (const [name, value, reason] of invalid) {
    it(`rejects ${name}`, () => {
      const { field, reason: actual } = rejection(value);
      expect(field).to.equal('requirement');
      expect(actual).to.include(reason);
    });
  }

  it('rejects prototype-pollution keys, from JSON or object literals', () => {
    expect(rejection(JSON.parse('{"__proto__":{"mandatoryWhen":{"attr":"a","eq":1}}}')).reason).to.include('"__proto__" is forbidden');
    expect(rejection(JSON.parse('{"mandatoryWhen":{"attr":"a","eq":1,"__proto__":{"polluted":true}}}')).reason).to.include(
      'at mandatoryWhen: the key "__proto__" is forbidden',
    );
    expect(rejection({ mandatoryWhen: { all: [{ constructor: { prototype: 1 } }] } }).reason).to.include('"constructor" is forbidden');
    expect(rejection({ mandatoryWhen: { attr: 'a', prototype: 1 } }).reason).to.include('"prototype" is forbidden');
    // A literal `__proto__:` sets the prototype instead: the object is no longer plain.
    expect(rejection({ mandatoryWhen: { __proto__: { attr: 'a', eq: 1 } } }).reason).to.include('expected a condition');
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });

  it('rejects getters, symbol keys and hidden properties without calling getters', () => {
    let calls = 0;
    const withGetter = {
      mandatoryWhen: {
        attr: 'a',
        get eq() {
          calls += 1;
          return 1;
        },
      },
    };
    expect(rejection(withGetter).reason).to.include('only plain data properties');
    expect(calls).to.equal(0);
    expect(rejection({ mandatoryWhen: { attr: 'a', eq: 1, [Symbol('x')]: 1 } }).reason).to.include('only plain data properties');
    const hidden = { attr: 'a', eq: 1 };
    Object.defineProperty(hidden, 'gt', { value: 3, enumerable: false });
    expect(rejection({ mandatoryWhen: hidden }).reason).to.include('only plain data properties');
  });

  it('rejects cyclic rules and too many conditions', () => {
    const cyclic: { any: unknown[] } = { any: [] };
    cyclic.any.push(cyclic);
    expect(rejection({ mandatoryWhen: cyclic }).reason).to.include('nested more than');
    const wide = { all: Array.from({ length: 100 }, () => ({ any: Array.from({ length: 100 }, () => ({ attr: 'a', eq: 1 })) })) };
    expect(rejection({ mandatoryWhen: wide }).reason).to.include(`more than ${CONDITION_LIMITS.maxConditions} conditions`);
  });

  it('turns throwing proxies into invalid-input', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(rejection(proxy).reason).to.include('could not be read');
    expect(rejection({ mandatoryWhen: proxy }).reason).to.include('at mandatoryWhen: the value could not be read');
    const trap = new Proxy(
      { attr: 'a', eq: 1 },
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(rejection({ optionalWhen: trap }).reason).to.include('could not be read');
  });

  it('words its reason in the locale, French by default', () => {
    expect(rejection({ mandatoryWhen: { attr: '', eq: 1 } }, 'fr').message).to.equal(
      'Saisie invalide (requirement) : en mandatoryWhen : « attr » doit être un texte non vide de 100 caractères au plus',
    );
    expect(rejection({ mandatoryWhen: { attr: '', eq: 1 } }, 'en').message).to.equal(
      'Invalid input (requirement): at mandatoryWhen: "attr" must be a non-empty text of at most 100 characters',
    );
    try {
      validateRequirement('nope');
      expect.fail('accepted');
    } catch (error) {
      expect((error as Error).message).to.match(/^Saisie invalide \(requirement\) : attendu « mandatory »/);
    }
  });

  it(`throws only invalid-input DossierErrors, whatever the value (seed ${SEED})`, () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withObjectString: true, withSparseArray: true, withBoxedValues: true }),
        (value) => {
          try {
            validateRequirement(value);
          } catch (error) {
            return isDossierError(error, 'invalid-input');
          }
          return true;
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

describe('validateCondition', () => {
  it('reports on field "condition" by default, with no path', () => {
    try {
      validateCondition({ attr: 'a' }, 'en');
      expect.fail('accepted');
    } catch (error) {
      expect(isDossierError(error, 'invalid-input')).to.equal(true);
      const e = error as import('../src/errors/dossier-error.js').DossierError;
      expect(e.details.field).to.equal('condition');
      expect(reasonText(e.details.reason!, coreTranslationOf('en'))).to.equal(
        'a condition on "attr" needs exactly one of eq, in, gt, lt, exists',
      );
      expect(e.localize('fr').message).to.not.contain('needs exactly');
    }
  });

  it('accepts a condition and copies it', () => {
    const input = { any: [{ attr: 'a', in: [1, 2] }] };
    const output = validateCondition(input);
    expect(output).to.deep.equal(input);
    expect(output).to.not.equal(input);
  });
});

describe('evaluateCondition', () => {
  const profile: ClientProfile = { kind: 'pro', age: 30, young: false, nothing: null, zero: 0, empty: '', numeric: '30' };

  const cases: Array<[Condition, boolean]> = [
    [{ attr: 'kind', eq: 'pro' }, true],
    [{ attr: 'kind', eq: 'Pro' }, false],
    [{ attr: 'missing', eq: null }, false],
    [{ attr: 'nothing', eq: null }, true],
    [{ attr: 'young', eq: false }, true],
    [{ attr: 'zero', eq: false }, false],
    [{ attr: 'empty', eq: false }, false],
    [{ attr: 'numeric', eq: 30 }, false],
    [{ attr: 'age', eq: '30' }, false],
    [{ attr: 'kind', in: ['part', 'pro'] }, true],
    [{ attr: 'kind', in: [] }, false],
    [{ attr: 'missing', in: [null] }, false],
    [{ attr: 'nothing', in: [null] }, true],
    [{ attr: 'age', gt: 29 }, true],
    [{ attr: 'age', gt: 30 }, false],
    [{ attr: 'age', lt: 31 }, true],
    [{ attr: 'age', lt: 30 }, false],
    [{ attr: 'numeric', gt: 1 }, false],
    [{ attr: 'nothing', lt: 1 }, false],
    [{ attr: 'young', lt: 1 }, false],
    [{ attr: 'missing', gt: -1e9 }, false],
    [{ attr: 'kind', exists: true }, true],
    [{ attr: 'zero', exists: true }, true],
    [{ attr: 'empty', exists: true }, true],
    [{ attr: 'nothing', exists: true }, false],
    [{ attr: 'missing', exists: true }, false],
    [{ attr: 'nothing', exists: false }, true],
    [{ attr: 'missing', exists: false }, true],
    [{ attr: 'kind', exists: false }, false],
    [{ attr: 'constructor', exists: true }, false],
    [{ attr: 'toString', exists: true }, false],
    [{ attr: '__proto__', exists: true }, false],
    [{ attr: 'hasOwnProperty', eq: null }, false],
    [
      {
        all: [
          { attr: 'kind', eq: 'pro' },
          { attr: 'age', gt: 18 },
        ],
      },
      true,
    ],
    [
      {
        all: [
          { attr: 'kind', eq: 'pro' },
          { attr: 'age', gt: 40 },
        ],
      },
      false,
    ],
    [
      {
        any: [
          { attr: 'kind', eq: 'part' },
          { attr: 'age', gt: 18 },
        ],
      },
      true,
    ],
    [
      {
        any: [
          { attr: 'kind', eq: 'part' },
          { attr: 'age', gt: 40 },
        ],
      },
      false,
    ],
    [{ not: { attr: 'missing', eq: 'x' } }, true],
    [{ not: { not: { attr: 'kind', eq: 'pro' } } }, true],
  ];

  for (const [condition, expected] of cases) {
    it(`${JSON.stringify(condition)} is ${expected}`, () => {
      expect(evaluateCondition(condition, profile)).to.equal(expected);
    });
  }

  it('reads only own data properties of the profile', () => {
    const inherited = Object.create({ kind: 'pro' }) as ClientProfile;
    expect(evaluateCondition({ attr: 'kind', eq: 'pro' }, inherited)).to.equal(false);
    const fromJson = JSON.parse('{"__proto__":"x"}') as ClientProfile;
    expect(evaluateCondition({ attr: '__proto__', eq: 'x' }, fromJson)).to.equal(true);
    let calls = 0;
    const withGetter = {
      get kind() {
        calls += 1;
        return 'pro';
      },
    } as ClientProfile;
    expect(evaluateCondition({ attr: 'kind', eq: 'pro' }, withGetter)).to.equal(false);
    expect(calls).to.equal(0);
    expect(
      evaluateCondition({ attr: 'kind', exists: true }, Object.assign(Object.create(null) as object, { kind: 1 }) as ClientProfile),
    ).to.equal(true);
  });

  it('never throws on hostile profiles', () => {
    const { proxy, revoke } = Proxy.revocable({ kind: 'pro' }, {});
    revoke();
    const throwing = new Proxy(
      { kind: 'pro' },
      {
        getOwnPropertyDescriptor: () => {
          throw new Error('boom');
        },
      },
    );
    for (const hostile of [proxy, throwing, null, undefined, 'kind', 42, [], () => 1] as unknown as ClientProfile[]) {
      expect(evaluateCondition({ attr: 'kind', eq: 'pro' }, hostile)).to.equal(false);
      expect(evaluateCondition({ not: { attr: 'kind', eq: 'pro' } }, hostile)).to.equal(true);
    }
  });

  it('never throws on malformed, cyclic or huge unvalidated conditions', () => {
    const cyclic: { any: unknown[] } = { any: [] };
    cyclic.any.push(cyclic);
    const malformed = [null, undefined, 'x', 1, {}, { attr: 'kind' }, { all: 'x' }, { any: null }, { not: null }, cyclic, nest(100_000)];
    for (const condition of malformed as unknown as Condition[]) {
      expect(() => evaluateCondition(condition, { kind: 'pro' })).to.not.throw();
    }
    const throwing = {
      attr: 'kind',
      get eq(): string {
        throw new Error('boom');
      },
    } as unknown as Condition;
    expect(evaluateCondition(throwing, { kind: 'pro' })).to.equal(false);
  });

  it(`never throws for any validated rule and any profile (${RUNS} runs, seed ${SEED})`, () => {
    fc.assert(
      fc.property(validRequirement(), anyProfile(), (requirement, profile) => {
        const checked = validateRequirement(requirement);
        const condition =
          typeof checked === 'string' ? undefined : 'mandatoryWhen' in checked ? checked.mandatoryWhen : checked.optionalWhen;
        if (condition) expect(typeof evaluateCondition(condition, profile)).to.equal('boolean');
        const result = isPieceRequired(checked, profile);
        expect(result.required).to.be.a('boolean');
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

describe('isPieceRequired', () => {
  const pro: ClientProfile = { kind: 'pro' };
  const isPro: Condition = { attr: 'kind', eq: 'pro' };

  it('follows the four kinds of requirement', () => {
    expect(isPieceRequired('mandatory', pro)).to.deep.equal({ required: true, reason: 'mandatory' });
    expect(isPieceRequired('optional', pro)).to.deep.equal({ required: false, reason: 'optional' });
    expect(isPieceRequired({ mandatoryWhen: isPro }, pro)).to.deep.equal({ required: true, reason: 'rule-matched' });
    expect(isPieceRequired({ mandatoryWhen: isPro }, {})).to.deep.equal({ required: false, reason: 'rule-not-matched' });
    expect(isPieceRequired({ optionalWhen: isPro }, pro)).to.deep.equal({ required: false, reason: 'rule-matched' });
    expect(isPieceRequired({ optionalWhen: isPro }, {})).to.deep.equal({ required: true, reason: 'rule-not-matched' });
  });

  it('treats an unrecognised requirement as mandatory', () => {
    for (const garbage of [undefined, null, 'sometimes', {}, { whenever: isPro }] as unknown as Requirement[]) {
      expect(isPieceRequired(garbage, pro)).to.deep.equal({ required: true, reason: 'mandatory' });
    }
  });
});

/** Valid rules, built within CONDITION_LIMITS. */
function validRequirement(): fc.Arbitrary<Requirement> {
  const scalar = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
  );
  const attr = fc.oneof(
    fc.constantFrom('kind', 'age', 'constructor', '__proto__', 'toString'),
    fc.string({ minLength: 1, maxLength: 100 }),
  );
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
  const leaf: fc.Arbitrary<Condition> = fc.oneof(
    fc.record({ attr, eq: scalar }),
    fc.record({ attr, in: fc.array(scalar, { maxLength: 5 }) }),
    fc.record({ attr, gt: finite }),
    fc.record({ attr, lt: finite }),
    fc.record({ attr, exists: fc.boolean() }),
  );
  const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
    condition: fc.oneof(
      { depthSize: 'small', maxDepth: 6 },
      leaf,
      fc.record({ all: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ any: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ not: tie('condition') }),
    ),
  }));
  return fc.oneof(
    fc.constantFrom<Requirement>('mandatory', 'optional'),
    condition.map((c): Requirement => ({ mandatoryWhen: c })),
    condition.map((c): Requirement => ({ optionalWhen: c })),
  );
}

/** Any profile, including hostile ones. */
function anyProfile(): fc.Arbitrary<ClientProfile> {
  return fc
    .oneof(
      fc.dictionary(fc.constantFrom('kind', 'age', 'constructor', '__proto__', 'toString', 'x'), fc.anything()),
      fc.object({ withNullPrototype: true, withBoxedValues: true, withMap: true }),
      fc.anything(),
    )
    .map((value) => value as ClientProfile);
}
