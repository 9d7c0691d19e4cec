import type { RuleHit } from '../../rule.js'
import { defineRule } from '../define.js'
import { hitAt } from '../helpers.js'
import type { DockerfileDoc, Instruction } from '../model.js'

const RESERVED = new Set(['scratch', 'context'])

// What is wrong with a `--from` value, if anything.
function fromProblem(
  doc: DockerfileDoc,
  copy: Instruction,
  from: string
): string | undefined {
  const value = from.toLowerCase()
  if (/^\d+$/.test(value)) {
    return Number(value) >= copy.stage
      ? `COPY --from=${from} names this or a later stage; only earlier stages can be copied from.`
      : undefined
  }
  if (value.includes('$')) return undefined
  const index = doc.stages.findIndex((s) => s.name === value)
  if (index === copy.stage)
    return `COPY --from=${from} names the stage it is in.`
  if (index > copy.stage) return `COPY --from=${from} names a later stage.`
  // Not a stage: Docker pulls it as an image. A bare word is most likely a typo.
  if (index < 0 && !/[:/@.]/.test(value))
    return `COPY --from=${from} names no stage; Docker will try to pull an image called "${from}".`

  return undefined
}

/** CSG-D8: stage aliases used wrongly (unknown, self, duplicate, reserved). */
export const rule = defineRule({
  id: 'CSG-D8',
  concern: 'D8',
  title: 'Stage alias misused',
  severity: 'LOW',
  precision: 'high',
  peers: [
    'DL3022',
    'DL3023',
    'DL3024',
    'DL3063',
    'DS-0006',
    'DS-0012',
    'CKV_DOCKER_11',
    'DuplicateStageName',
    'ReservedStageName'
  ],
  tags: ['correctness'],
  docs: {
    why: 'A `COPY --from` that names no stage makes Docker pull an image of that name from a registry, which an attacker can publish; copying from the current stage fails; duplicate or reserved aliases make it ambiguous which stage is meant.',
    fix: 'Give each stage a unique alias (not `scratch` or `context`) and copy only from earlier stages by that alias.',
    failing:
      'FROM golang:1.22 AS build\nCOPY --from=build /src /src\nFROM alpine:3.20 AS build\n',
    passing:
      'FROM golang:1.22 AS build\nRUN go build -o /app\nFROM alpine:3.20\nCOPY --from=build /app /app\n',
    differences: [
      "A `--from` value that is a single word and names no stage is flagged (Docker would pull it as an image); values that look like image references (with `:`, `/`, `@` or `.`) are left alone. Trivy's own tests expect one such file to pass.",
      'Duplicate aliases are always flagged; one Trivy test case expects a file with a duplicate alias to pass while another expects the identical file to fail.'
    ]
  },
  check(doc) {
    const hits: RuleHit[] = []
    const seen = new Set<string>()
    for (const stage of doc.stages) {
      if (!stage.name) continue
      if (RESERVED.has(stage.name))
        hits.push(
          hitAt(
            doc,
            stage.from,
            `The stage alias "${stage.name}" is reserved.`,
            'reserved'
          )
        )
      else if (seen.has(stage.name))
        hits.push(
          hitAt(
            doc,
            stage.from,
            `The stage alias "${stage.name}" is used twice.`,
            'duplicate'
          )
        )
      seen.add(stage.name)
    }
    for (const copy of doc.instructions) {
      if (copy.keyword !== 'COPY' && copy.keyword !== 'ADD') continue
      const from = copy.flags.find((f) => f.name === 'from')?.value
      const problem = from ? fromProblem(doc, copy, from) : undefined
      if (problem) hits.push(hitAt(doc, copy, problem))
    }

    return hits.sort((a, b) => a.region.startLine - b.region.startLine)
  }
})
