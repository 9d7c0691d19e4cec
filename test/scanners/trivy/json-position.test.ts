import { describe, expect, it } from '@jest/globals'

import { jsonErrorPosition } from '../../../src/scanners/trivy/json-position.js'

describe('jsonErrorPosition', () => {
  it.each([
    ['{"a": 1}', undefined],
    ['[1, -2.5e3, true, null, "x\\u00e9"]', undefined],
    ['{"a": 1,}', { line: 1, column: 9 }],
    ['{\n  "a": \n}', { line: 3, column: 1 }],
    ['{"a": [1 2]}', { line: 1, column: 10 }],
    ['{"a": "tab\there"}', { line: 1, column: 7 }],
    ['[1] x', { line: 1, column: 5 }],
    ['{"a": tru}', { line: 1, column: 7 }],
    ['', { line: 1, column: 1 }]
  ])('finds the error in %j at %j', (text, expected) => {
    expect(jsonErrorPosition(text)).toEqual(expected)
  })

  it('agrees with JSON.parse on which texts are valid', () => {
    const texts = ['{}', '[]', '"s"', '0', '01', '1.', '{"a":{"b":[{}]}}']
    for (const text of texts) {
      let valid = true
      try {
        JSON.parse(text)
      } catch {
        valid = false
      }
      expect([text, jsonErrorPosition(text) === undefined]).toEqual([
        text,
        valid
      ])
    }
  })
})
