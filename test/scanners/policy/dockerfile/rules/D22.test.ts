import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D22.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D22 sudo in RUN', () => {
  it('flags sudo wherever it runs a command', () => {
    catches(rule, 'FROM a:1\nRUN sudo pip install x\n', [2])
    catches(
      rule,
      'FROM a:1\n\nRUN apt-get update \\\n && sudo apt-get install vim\n',
      [4]
    )
    catches(rule, 'FROM a:1\nONBUILD RUN /usr/bin/sudo ls\n', [2])
  })
  it('passes installing the sudo package or words containing sudo', () => {
    doesNotCatch(rule, 'FROM a:1\nRUN apt-get install sudo sudoku\n')
    doesNotCatch(rule, 'FROM a:1\nRUN echo sudo\n')
  })
})
