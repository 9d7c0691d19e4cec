import type { RuleHit } from '../../rule.js'
import { defineRule } from '../define.js'
import {
  hitAt,
  hitAtCommand,
  runCommands,
  type RunCommand
} from '../helpers.js'
import { hasOption, pkgCommand } from './pkg.js'
import { pairsOf } from './vars.js'

// Variables that turn TLS verification off, with the values that do it.
const TLS_OFF: Record<string, RegExp> = {
  NODE_TLS_REJECT_UNAUTHORIZED: /^0$/,
  PYTHONHTTPSVERIFY: /^0$/,
  GIT_SSL_NO_VERIFY: /.*/,
  NPM_CONFIG_STRICT_SSL: /^false$/i,
  YARN_STRICT_SSL: /^false$/i,
  PIP_TRUSTED_HOST: /.+/,
  CURL_INSECURE: /.+/
}

function disables(name: string, value: string | undefined): boolean {
  const test = TLS_OFF[name.toUpperCase()]

  return test !== undefined && value !== undefined && test.test(value.trim())
}

// `npm config set strict-ssl false` and `pip --trusted-host` (also as
// `python -m pip`).
function commandDisables(run: RunCommand): boolean {
  const { name, argv } = run
  const words = argv.slice(1).map((w) => w.replace(/["']/g, ''))
  if (
    (name === 'npm' || name === 'yarn') &&
    words[0] === 'config' &&
    words[1] === 'set'
  ) {
    const setting = words.slice(2).join('=').replace(/=+/g, '=')

    return /^strict-ssl=false\b/i.test(setting)
  }
  const pip = pkgCommand(run)
  if (pip?.manager === 'pip') return hasOption(pip, '--trusted-host')

  return false
}

/** CSG-D21: ENV, ARG or a RUN setting turns TLS verification off. */
export const rule = defineRule({
  id: 'CSG-D21',
  concern: 'D21',
  title: 'TLS verification turned off by a variable or tool setting',
  severity: 'HIGH',
  precision: 'very-high',
  peers: [
    'CKV2_DOCKER_4',
    'CKV2_DOCKER_5',
    'CKV2_DOCKER_6',
    'CKV2_DOCKER_12',
    'CKV2_DOCKER_13',
    'CKV2_DOCKER_14',
    'CKV2_DOCKER_16'
  ],
  tags: ['CWE-295'],
  docs: {
    why: 'NODE_TLS_REJECT_UNAUTHORIZED=0, PYTHONHTTPSVERIFY=0, GIT_SSL_NO_VERIFY, npm/yarn strict-ssl false and pip trusted hosts let anyone on the network path impersonate the servers the build or the application talks to; set in ENV they stay on at run time too.',
    fix: 'Remove the setting and trust the needed CA instead (NODE_EXTRA_CA_CERTS, REQUESTS_CA_BUNDLE, pip --cert, update-ca-certificates).',
    failing: 'FROM node:22-slim\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n',
    passing:
      'FROM node:22-slim\nENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/corp.pem\n'
  },
  check(doc) {
    const hits: RuleHit[] = []
    for (const instruction of doc.instructions) {
      if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG')
        continue
      for (const pair of pairsOf(instruction)) {
        const value =
          pair.value ?? (instruction.keyword === 'ARG' ? undefined : '')
        const legacyArg =
          instruction.keyword === 'ARG' && instruction.args.length > 1
        const effective = legacyArg
          ? instruction.args.slice(1).join(' ')
          : value
        if (disables(pair.name, effective))
          hits.push(
            hitAt(
              doc,
              instruction,
              `${instruction.keyword} ${pair.name} turns TLS verification off.`,
              pair.name
            )
          )
      }
    }
    for (const run of runCommands(doc)) {
      const assigned = run.command.assignments.find((a) => {
        const [name = '', ...rest] = a.split('=')

        return disables(name, rest.join('='))
      })
      if (assigned || commandDisables(run)) {
        hits.push(
          hitAtCommand(
            doc,
            run,
            `RUN turns TLS verification off${assigned ? ` (${assigned})` : ''}.`
          )
        )
      }
    }

    return hits.sort((a, b) => a.region.startLine - b.region.startLine)
  }
})
