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
const ROUNDS = 5

// A small deterministic generator (mulberry32, whose every output bit is
// well mixed), so every run measures the same files and nearly every RUN
// body is one the shell parser's cache has not seen: real repositories
// share a few bodies between their Dockerfiles, not hundreds.
let state = 42
function random(): number {
  state = (state + 0x6d2b79f5) | 0
  let t = Math.imul(state ^ (state >>> 15), 1 | state)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t

  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
}
function int(below: number): number {
  return Math.floor(random() * below)
}
function pick<T>(items: readonly T[]): T {
  return items[int(items.length)] as T
}
function some<T>(items: readonly T[], min: number, max: number): T[] {
  const pool = [...items]
  const count = Math.min(pool.length, min + int(max - min + 1))

  return Array.from(
    { length: count },
    () => pool.splice(int(pool.length), 1)[0] as T
  )
}
function words(list: string): readonly string[] {
  return list.split(' ')
}
function version(): string {
  return `${1 + int(24)}.${int(30)}.${int(40)}`
}
function word(): string {
  return pick(WORDS) + pick(['', '', `${int(100)}`, `-${pick(WORDS)}`])
}

const WORDS = words(
  'api auth billing cache core edge feed gate hub ingest jobs kiosk ledger mail notify orders pay queue report search store sync tiles users vault web worker zone'
)
const BASES = words(
  'node:22-slim node:20-bookworm python:3.12 python:3.11-slim golang:1.22 golang:1.23-alpine debian:12 ubuntu:24.04 ubuntu:22.04 alpine:3.20 eclipse-temurin:21-jdk rust:1.80 ghcr.io/acme/builder:2024.06 registry.example.com/base/ci:7'
)
const FINAL = words(
  'gcr.io/distroless/static-debian12 gcr.io/distroless/base-debian12 alpine:3.20 debian:12-slim node:22-slim python:3.12-slim ubuntu:24.04 registry.example.com/base/runtime:3'
)
const APT = words(
  'curl ca-certificates git gnupg build-essential libpq-dev unzip jq tzdata openssl locales procps libssl-dev pkg-config zlib1g-dev libffi-dev xz-utils wget netcat-openbsd iproute2 dnsutils less vim-tiny python3-dev libxml2-dev libjpeg-dev libpng-dev libsqlite3-dev graphviz fonts-dejavu'
)
const APK = words(
  'curl ca-certificates git bash tzdata openssl build-base musl-dev libffi-dev postgresql-dev jq tini su-exec gcc'
)
const PIP = words(
  'gunicorn uvicorn django flask requests boto3 celery psycopg2-binary sqlalchemy pydantic numpy pandas redis'
)
const NPM = words(
  'pnpm yarn typescript pm2 nodemon serve esbuild prisma turbo nx http-server ts-node'
)
const HOSTS = words(
  'github.com releases.example.com dl.example.org get.acme.dev artifacts.example.net storage.example.io'
)

// apt or apk, pinned or not, cleaned or not, with a varied package list.
function installRun(alpine: boolean): string {
  if (alpine) {
    const pkgs = some(APK, 2, 6).map(
      (p) => `${p}${pick(['', `=${version()}-r${int(9)}`])}`
    )

    return `RUN apk add ${pick(['--no-cache ', '', '--update '])}${pkgs.join(' ')}`
  }
  const pkgs = some(APT, 3, 8).map(
    (p) => `${p}${pick(['', '', `=${version()}-${int(9)}`])}`
  )
  const tail = pick([
    '&& rm -rf /var/lib/apt/lists/*',
    '&& apt-get clean && rm -rf /var/lib/apt/lists/*',
    '&& apt-get clean',
    `&& update-ca-certificates`
  ])
  const yes = pick([
    '-y ',
    '-yq ',
    '--yes ',
    '-y --no-install-recommends ',
    '--no-install-recommends -y '
  ])

  return `RUN apt-get update${pick(['', ' -q'])} \\\n    && apt-get install ${yes}\\\n       ${pkgs.join(' \\\n       ')} \\\n    ${tail}`
}

function downloadRun(): string {
  const tool = word()
  const url = `https://${pick(HOSTS)}/${word()}/${tool}/releases/download/v${version()}/${tool}-linux-${pick(['amd64', 'arm64', 'x86_64'])}.tar.gz`
  const dir = pick(['/usr/local', '/opt', `/opt/${tool}`, '/usr/local/bin'])
  const sum = Array.from({ length: 8 }, () => int(16).toString(16))
    .join('')
    .repeat(8)

  return pick([
    `RUN curl -fsSL ${url.replace(/\.tar\.gz$/, '.sh')} | ${pick(['bash', 'sh', 'bash -s -- --yes'])}`,
    `RUN curl -fsSLo /tmp/${tool}.tgz ${url} \\\n    && echo "${sum}  /tmp/${tool}.tgz" | sha256sum -c - \\\n    && tar xzf /tmp/${tool}.tgz -C ${dir} && rm /tmp/${tool}.tgz`,
    `RUN wget -qO- ${url} | tar xz -C ${dir}`,
    `RUN curl ${pick(['-sL', '-fL', '-fsSL --retry 3'])} -o ${dir}/${tool} ${url} && chmod +x ${dir}/${tool}`
  ])
}

function languageRuns(base: string): string[] {
  if (base.startsWith('node')) {
    const tools = some(NPM, 1, 3).map(
      (p) => `${p}${pick(['', `@${version()}`])}`
    )

    return [
      'COPY package.json package-lock.json ./',
      `RUN npm ci${pick(['', ' --omit=dev', ' --ignore-scripts'])} && npm run ${pick(['build', 'build:prod', `build:${word()}`])}`,
      `RUN npm install -g ${tools.join(' ')}`
    ]
  }
  if (base.startsWith('python')) {
    const pins = some(PIP, 1, 3).map((p) => `${p}==${version()}`)

    return [
      `COPY requirements${pick(['', '-prod', `-${word()}`])}.txt ./requirements.txt`,
      `RUN pip install ${pick(['--no-cache-dir ', '', '--upgrade ', '-q '])}-r requirements.txt && pip install ${pins.join(' ')}`
    ]
  }
  if (base.startsWith('golang'))
    return [
      'COPY go.mod go.sum ./',
      `RUN go mod download${pick(['', ' -x'])}`,
      'COPY . .',
      `RUN CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags "-s -w -X main.version=\${VERSION}" -o /out/${word()} ./cmd/${word()}`
    ]

  return [
    'COPY . .',
    `RUN ${pick([`make -j${1 + int(16)} ${word()} && make install PREFIX=/usr/local`, `cargo build --release --bin ${word()}`, `./gradlew ${word()}:build -x test --no-daemon`, `mvn -B -q package -DskipTests -pl ${word()}`])}`
  ]
}

function buildStage(name: string): string[] {
  const base = pick(BASES)
  const lines = [
    `FROM ${base} AS ${name}`,
    `ARG VERSION=${version()}`,
    `WORKDIR /src/${word()}`,
    installRun(base.includes('alpine'))
  ]
  lines.push(...languageRuns(base), downloadRun())
  if (random() < 0.5)
    lines.push(
      `RUN mkdir -p /out/${word()} && cp -r ${pick(['dist', 'build', 'target/release'])}/${word()} /out/`
    )

  return lines
}

function dockerfile(): string {
  const names = some(WORDS, 1, 3).map(
    (w) => `${w}-${pick(['build', 'deps', 'compile', 'assets'])}`
  )
  const final = pick(FINAL)
  const lines = ['# syntax=docker/dockerfile:1', `ARG BASE=${final}`]
  for (const name of names) lines.push('', ...buildStage(name))
  const port = pick([3000, 8080, 8000, 22, 5000 + int(1000)])
  const app = word()
  lines.push(
    '',
    'FROM ${BASE}',
    `LABEL org.opencontainers.image.version="${version()}" maintainer="${word()}@example.com"`,
    `ENV APP_HOME=/app PORT=${port} ${pick(['', '', 'API_TOKEN=changeme', `LOG_LEVEL=${pick(['info', 'debug'])}`])}`,
    `WORKDIR /app`,
    `COPY --from=${pick(names)} ${pick([`/out/${app}`, '/src/dist', '/src'])} /app/`
  )
  if (
    final.includes('alpine') ||
    final.includes('node') ||
    final.includes('python')
  )
    lines.push(
      pick([
        `RUN addgroup -S ${app} && adduser -S -G ${app} -u ${10000 + int(5000)} ${app}`,
        `RUN useradd --no-log-init -r -u ${10000 + int(5000)} ${app}`,
        `RUN chown -R ${10000 + int(5000)} /app && chmod ${pick(['755', '700', '777'])} /app`
      ])
    )
  lines.push(
    `EXPOSE ${port}`,
    pick([`USER ${10000 + int(5000)}`, `USER ${app}`, 'USER root', '']),
    pick([
      `HEALTHCHECK --interval=${10 + int(50)}s CMD ["/app/${app}", "health"]`,
      ''
    ]),
    pick([
      `CMD ["/app/${app}"]`,
      `CMD /app/${app} --serve --port ${port}`,
      `ENTRYPOINT ["/app/${app}"]`
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

// How varied the RUN bodies are: a repeated body is answered by the shell
// parser's cache, so a bench full of repeats would not measure parsing.
const bodies = new Set<string>()
let runs = 0
for (const text of texts) {
  for (const i of DockerfileParser.parse(text).getInstructions()) {
    if (i.getKeyword() !== 'RUN') continue
    runs++
    bodies.add(i.getArgumentsContent() ?? '')
  }
}

// Warm both paths up so the comparison is between optimised code.
for (const text of texts.slice(0, 200)) {
  DockerfileParser.parse(text).getInstructions()
  checkDockerfileText(text, 'Dockerfile', policy)
}

// The two paths alternate in each round and the ratio is taken per round,
// so that load from other processes on a shared machine hits both alike.
const parseMs: number[] = []
const rulesMs: number[] = []
const ratios: number[] = []
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
  parseMs.push(parse.ms)
  rulesMs.push(rules.ms)
  ratios.push(rules.ms / parse.ms)
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1

  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}
const rate = (ms: number) => `${Math.round((FILES / ms) * 1000)} files/s`
report(
  'dockerfiles generated (lines each, mean)',
  `${FILES} (${(lines / FILES).toFixed(1)})`
)
report('RUN instructions (distinct bodies)', `${runs} (${bodies.size})`)
report(`dockerfile-ast parse alone, median of ${ROUNDS}`, rate(median(parseMs)))
report(
  `parse + all Dockerfile rules, median of ${ROUNDS}`,
  `${rate(median(rulesMs))} (${findings} findings)`
)
report(
  'ratio rules / floor, median (goal <= 2.0)',
  `${median(ratios).toFixed(2)} (rounds: ${ratios.map((r) => r.toFixed(2)).join(' ')})`
)
