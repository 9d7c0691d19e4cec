import { describe, expect, it } from '@jest/globals'

import { ScannerError } from '../../src/errors.js'
import { RecordingLogger } from '../../src/logging.js'
import { meaningfulLine, redactOutput, runTool } from '../../src/tools/run.js'

const node = process.execPath

describe('runTool', () => {
  it('passes arguments without a shell, so metacharacters stay literal', async () => {
    const result = await runTool(node, {
      tool: 'node',
      args: ['-e', 'console.log(process.argv[1])', '$(echo hi); rm -rf /'],
      timeoutMs: 10_000,
      logger: new RecordingLogger()
    })

    expect(result.stdout.trim()).toBe('$(echo hi); rm -rf /')
    expect(result.exitCode).toBe(0)
  })

  it('hands secrets over through the environment only', async () => {
    const result = await runTool(node, {
      tool: 'node',
      args: ['-e', 'console.log(process.env.CSG_TEST_VALUE)'],
      env: { CSG_TEST_VALUE: 's3cr3t' },
      timeoutMs: 10_000,
      logger: new RecordingLogger()
    })

    expect(result.stdout.trim()).toBe('s3cr3t')
  })

  it('maps an unexpected exit code to a ScannerError with the stderr line', async () => {
    const run = runTool(node, {
      tool: 'fake',
      args: [
        '-e',
        'console.error("noise\\nFATAL boom happened"); process.exit(4)'
      ],
      timeoutMs: 10_000,
      logger: new RecordingLogger()
    })

    await expect(run).rejects.toMatchObject({
      code: 'EXIT_CODE',
      details: { exitCode: 4, stderrLine: 'FATAL boom happened' }
    })
  })

  it('accepts the exit codes it is told are fine', async () => {
    const result = await runTool(node, {
      tool: 'fake',
      args: ['-e', 'process.exit(5)'],
      okExitCodes: [0, 5],
      timeoutMs: 10_000,
      logger: new RecordingLogger()
    })

    expect(result.exitCode).toBe(5)
  })

  it('stops a command that outlives its timeout', async () => {
    const run = runTool(node, {
      tool: 'slow',
      args: ['-e', 'setTimeout(() => {}, 60000)'],
      timeoutMs: 300,
      logger: new RecordingLogger()
    })

    await expect(run).rejects.toMatchObject({ code: 'TIMED_OUT' })
  })

  it('says a missing binary was not found', async () => {
    const run = runTool('/nonexistent/trivy', {
      tool: 'trivy',
      args: [],
      timeoutMs: 1000,
      logger: new RecordingLogger()
    })

    await expect(run).rejects.toBeInstanceOf(ScannerError)
    await expect(run).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})

describe('meaningfulLine', () => {
  it('prefers the last error line over trailing noise', () => {
    const text = 'INFO start\nFATAL error: cannot pull\nINFO cleanup\n'

    expect(meaningfulLine(text)).toBe('FATAL error: cannot pull')
  })
})

describe('redaction of tool output', () => {
  it('blanks secrets given by environment and URL credentials from what is kept', async () => {
    const run = runTool(node, {
      tool: 'fake',
      args: [
        '-e',
        'console.error("FATAL auth failed for bob:" + process.env.TRIVY_PASSWORD + " at https://bob:hunter22@registry.example.com/v2/"); process.exit(1)'
      ],
      env: { TRIVY_PASSWORD: 'Pa55wordInUrl' },
      secrets: ['bob'],
      timeoutMs: 10_000,
      logger: new RecordingLogger()
    })

    await expect(run).rejects.toMatchObject({
      details: {
        stderrLine:
          'FATAL auth failed for ***:*** at https://***@registry.example.com/v2/'
      }
    })
  })

  it('leaves ordinary output alone, JSON with URLs and e-mail addresses too', () => {
    const json =
      '{"Issuer":"https://accounts.google.com","Subject":"priya@chainguard.dev"}'

    expect(redactOutput('see https://example.com/a:b and x@y', [])).toBe(
      'see https://example.com/a:b and x@y'
    )
    expect(redactOutput(json, [])).toBe(json)
  })
})

describe('a tool killed by a signal', () => {
  it('says which signal, not a made-up exit code', async () => {
    const run = runTool(node, {
      tool: 'victim',
      args: ['-e', 'process.kill(process.pid, "SIGKILL")'],
      timeoutMs: 10_000,
      logger: new RecordingLogger()
    })

    await expect(run).rejects.toThrow('victim was killed by SIGKILL')
  })
})

describe('secrets the logger was told of', () => {
  it('are blanked from a tool that was never given them', async () => {
    const logger = new RecordingLogger()
    logger.mask('Pa55wordInUrl')
    const run = runTool(node, {
      tool: 'trivy',
      args: [
        '-e',
        'console.error("FATAL auth failed for bob:Pa55wordInUrl"); process.exit(1)'
      ],
      timeoutMs: 10_000,
      logger
    })

    await expect(run).rejects.toMatchObject({
      message: 'trivy exited with code 1: FATAL auth failed for bob:***'
    })
  })
})
