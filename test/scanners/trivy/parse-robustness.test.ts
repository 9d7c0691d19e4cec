import { readdirSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'

import { ScannerError } from '../../../src/errors.js'
import { parseTrivyReport } from '../../../src/scanners/trivy/index.js'
import { corpusText, TRIVY_CORPUS } from './corpus.js'
import { fixtureText } from './fixtures.js'

const ODD_VALUES: readonly unknown[] = [null, 7, -1, 'x', '', [], {}, true]
const MUTATIONS_PER_REPORT = 100

// A small seeded generator, so that a failure can be replayed.
function generator(seed: number): () => number {
  let state = seed

  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31

    return state / 2 ** 31
  }
}

// Every container (object or list) in a JSON value, with its keys.
function containers(value: unknown, found: object[] = []): object[] {
  if (typeof value !== 'object' || value === null) return found
  found.push(value)
  for (const child of Object.values(value)) containers(child, found)

  return found
}

function mutate(text: string, random: () => number): string {
  const value = JSON.parse(text) as unknown
  const all = containers(value)
  if (all.length === 0) return text

  const holder = all[Math.floor(random() * all.length)] as Record<
    string,
    unknown
  >
  const keys = Object.keys(holder)
  const key = keys[Math.floor(random() * keys.length)]
  if (key !== undefined) {
    holder[key] = ODD_VALUES[Math.floor(random() * ODD_VALUES.length)]
  }

  return JSON.stringify(value)
}

const reports = readdirSync(TRIVY_CORPUS)
  .filter((file) => !file.includes('INVALID'))
  .map((file) => [file, corpusText(file)] as const)
  .concat([['image-mixed-kinds.json', fixtureText('image-mixed-kinds.json')]])

describe('parseTrivyReport on damaged reports', () => {
  it.each(reports)(
    'either reads %s or rejects it with a BAD_OUTPUT error, never crashing',
    (file, text) => {
      const random = generator(file.length * 7919)
      for (let i = 0; i < MUTATIONS_PER_REPORT; i++) {
        const damaged = mutate(text, random)
        try {
          const findings = parseTrivyReport(damaged, file, {
            ignoreUnfixed: i % 2 === 0
          })
          expect(Array.isArray(findings)).toBe(true)
          for (const finding of findings) {
            expect(typeof finding.message).toBe('string')
            expect(typeof finding.fingerprint).toBe('string')
            expect(finding.score).toBeGreaterThanOrEqual(0)
            expect(finding.score).toBeLessThanOrEqual(10)
          }
        } catch (error) {
          if (!(error instanceof ScannerError)) {
            throw new Error(`${file}, mutation ${i}: ${String(error)}`)
          }
          expect(error.code).toBe('BAD_OUTPUT')
          expect(error.message).toContain(file)
        }
      }
    }
  )
})
