import { describe, expect, it } from '@jest/globals'
import { parseDockerfile } from '../../../../src/scanners/policy/dockerfile/model.js'

describe('parseDockerfile', () => {
  it('expands ARG defaults in FROM and keeps 1-based lines', () => {
    const doc = parseDockerfile(
      '\uFEFFARG V=3.19\r\nARG R\r\nFROM ${R:-docker.io}/alpine:${V} AS Base\r\nRUN echo hi\r\nFROM base\r\n'
    )

    expect(doc.stages).toHaveLength(2)
    expect(doc.stages[0]?.image.text).toBe('docker.io/alpine:3.19')
    expect(doc.stages[0]?.image.tag).toBe('3.19')
    expect(doc.stages[0]?.name).toBe('base')
    expect(doc.stages[0]?.from.line).toBe(3)
    expect(doc.stages[1]?.baseStage).toBe(0)
    expect(doc.stages[0]?.instructions[0]?.line).toBe(4)
  })

  it('maps shell lines of a continued RUN back to the file', () => {
    const doc = parseDockerfile(
      'FROM a:1\nRUN --mount=type=cache,target=/x apt-get update && \\\n  # comment\n\n  apt-get install -y curl | sudo sh\n'
    )
    const run = doc.stages[0]?.instructions[0]
    const script = run?.script()

    expect(script?.shell.error).toBeUndefined()
    expect(script?.line).toBe(2)
    const lines = script?.shell.commands.map((c) => [
      c.argv[0],
      c.line + (script?.line ?? 0) - 1
    ])
    expect(lines).toEqual([
      ['apt-get', 2],
      ['apt-get', 5],
      ['sudo', 5]
    ])
    expect(script?.shell.commands[2]?.upstream[0]?.argv[0]).toBe('apt-get')
  })

  it('reads heredocs, exec form and sh -c scripts', () => {
    const doc = parseDockerfile(
      'FROM a:1\nRUN <<EOF\napk add x\nEOF\nRUN ["sh", "-c", "curl -s x | bash"]\nONBUILD RUN sudo ls\n'
    )
    const [heredoc, exec, onbuild] = doc.stages[0]?.instructions ?? []

    expect(heredoc?.script()?.shell.commands[0]?.argv).toEqual([
      'apk',
      'add',
      'x'
    ])
    expect(heredoc?.script()?.line).toBe(3)
    const inner = exec?.script()?.shell.commands.filter((c) => c.viaShellC)
    expect(inner?.map((c) => c.argv[0])).toEqual(['curl', 'bash'])
    expect(exec?.script()?.shell.hasPipe).toBe(true)
    expect(onbuild?.trigger?.script()?.shell.commands[0]?.argv).toEqual([
      'sudo',
      'ls'
    ])
  })
})
