/** JSON Schema of lab files (types.ts); docs/lab.schema.json is this object, printed. Checked by src/schema/check.ts. */
type Schema = Record<string, unknown>;

const text: Schema = { type: 'string', minLength: 1 };
const weight: Schema = { type: 'number', exclusiveMinimum: 0, description: "Share of the step's score (default 1)." };
const message: Schema = { type: 'string', minLength: 1, description: 'Shown to the learner when the check fails: what is missing.' };

export const LAB_SCHEMA: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://exo-emulator.dev/schemas/lab.schema.json',
  title: 'exo-emulator lab',
  description: 'A graded lab: a scenario, an optional setup script, and steps with instructions, hints, a solution and checks.',
  type: 'object',
  properties: {
    name: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', description: 'What Start-Lab and exo-shell lab check take.' },
    title: text,
    description: { type: 'string' },
    scenario: { ...text, description: 'The built-in scenario the lab starts from (Get-LabScenario lists them).' },
    setup: { type: 'string', description: 'PowerShell run after the scenario is loaded, before the first step.' },
    steps: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
          title: text,
          instructions: { ...text, description: 'Markdown.' },
          hints: { type: 'array', items: text },
          solution: { type: 'string', description: 'PowerShell that Skip-LabStep runs for the learner.' },
          checks: {
            type: 'array',
            minItems: 1,
            items: {
              // A check with `ran` is a history check, any other an expression check (if/then reports the branch's own problem).
              if: { type: 'object', required: ['ran'] },
              then: {
                type: 'object',
                properties: { ran: { ...text, description: 'A regular expression (case-insensitive) one of the command lines the learner typed must match.' }, message, weight },
                required: ['ran', 'message'],
                additionalProperties: false,
              },
              else: {
                type: 'object',
                properties: { expression: { ...text, description: "PowerShell evaluated in the learner's world; passes when true." }, message, weight },
                required: ['expression', 'message'],
                additionalProperties: false,
              },
            },
          },
        },
        required: ['id', 'title', 'instructions', 'checks'],
        additionalProperties: false,
      },
    },
  },
  required: ['name', 'title', 'scenario', 'steps'],
  additionalProperties: false,
};
