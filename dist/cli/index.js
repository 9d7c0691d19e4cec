#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 5035:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _publish_cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(714);

const code = await (0,_publish_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd()
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 507:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ ENV),
/* harmony export */   mc: () => (/* binding */ INPUTS),
/* harmony export */   mm: () => (/* binding */ inputSpec)
/* harmony export */ });
/* unused harmony export OUTPUTS */
/* harmony import */ var _tools_install_checksums_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5297);

const SEVERITY_CHOICES = ['critical', 'high', 'medium', 'low', 'unknown'];
/** All inputs, in the order `--help` and the README list them. */
const INPUTS = [
    {
        name: 'path',
        description: 'The repository folder to scan.',
        type: 'string',
        default: '.',
        notInConfigFile: true
    },
    {
        name: 'config-file',
        description: 'A YAML config file, relative to path; read when present. Any input can be set there, plus the policy section.',
        type: 'string',
        default: '.container-security-gate.yaml',
        notInConfigFile: true
    },
    {
        name: 'images',
        description: 'Images to scan and verify, one per line or comma-separated: REF, or REF=DOCKERFILE to pair it with the Dockerfile that builds it. A path ending in .tar (or archive:PATH) is an image archive.',
        type: 'list'
    },
    {
        name: 'dockerfiles',
        description: 'Globs of Dockerfiles to check, relative to path. Empty: find Dockerfile, *.Dockerfile, Dockerfile.* and Containerfile everywhere except .git, node_modules and vendored folders.',
        type: 'list'
    },
    {
        name: 'compose-files',
        description: 'Globs of Compose files to check, relative to path. Empty: find compose.yaml, docker-compose.yml and their variants.',
        type: 'list'
    },
    {
        name: 'scanners',
        description: 'Which scanners run: any of trivy-fs, trivy-image, cosign, policy.',
        type: 'list',
        default: 'trivy-fs,trivy-image,cosign,policy'
    },
    {
        name: 'severity-threshold',
        description: 'Fail when an unsuppressed finding is at or above this severity.',
        type: 'choice',
        choices: SEVERITY_CHOICES,
        default: 'high'
    },
    {
        name: 'min-severity',
        description: 'Report findings at or above this severity; lower ones are left out of every report.',
        type: 'choice',
        choices: SEVERITY_CHOICES,
        default: 'unknown'
    },
    {
        name: 'ignore-unfixed',
        description: 'Leave out vulnerabilities that have no fixed version yet.',
        type: 'boolean',
        default: 'false'
    },
    {
        name: 'fail-on-scanner-error',
        description: 'Fail when a scanner could not run. Turn off only to let a broken scan pass with a warning.',
        type: 'boolean',
        default: 'true'
    },
    {
        name: 'fail-on',
        description: 'With baseline-sarif: fail on all findings, or only on findings new since the baseline.',
        type: 'choice',
        choices: ['all', 'new'],
        default: 'all'
    },
    {
        name: 'baseline-sarif',
        description: 'An earlier SARIF log of this tool; findings are marked new, unchanged or absent against it.',
        type: 'string'
    },
    {
        name: 'exceptions-file',
        description: 'The exceptions file (rule or CVE, optional path, image or package, reason, expiry), relative to path.',
        type: 'string',
        default: '.container-security-gate/exceptions.yaml'
    },
    {
        name: 'sarif-file',
        description: 'Where to write the SARIF log.',
        type: 'string',
        default: 'container-security-gate.sarif'
    },
    {
        name: 'policy-level',
        description: 'default, or strict to add the rules that are off by default (such as digest pinning of base images).',
        type: 'choice',
        choices: ['default', 'strict'],
        default: 'default'
    },
    {
        name: 'concurrency',
        description: 'How many images are scanned at once.',
        type: 'number',
        default: '2'
    },
    {
        name: 'trivy-skip-dirs',
        description: 'Folders Trivy leaves out of the repository scan (.git and node_modules always are).',
        type: 'list'
    },
    {
        name: 'trivy-config',
        description: "Trivy's own config file (trivy.yaml), relative to path.",
        type: 'string'
    },
    {
        name: 'trivy-timeout',
        description: 'How long one Trivy run may take, in seconds or with a unit (90s, 10m).',
        type: 'string',
        default: '10m'
    },
    {
        name: 'trivy-reports',
        description: 'Existing Trivy JSON reports to read instead of running Trivy on the repository.',
        type: 'list'
    },
    {
        name: 'trivy-server',
        description: "A Trivy server URL: scan in client/server mode and share the server's database.",
        type: 'string'
    },
    {
        name: 'trivy-db-repository',
        description: 'An OCI repository to download the vulnerability database from (a mirror).',
        type: 'string'
    },
    {
        name: 'trivy-cache-dir',
        description: "Trivy's cache folder; keep it between runs to download the database once.",
        type: 'string'
    },
    {
        name: 'trivy-dockerfile-checks',
        description: "Also run Trivy's own Dockerfile checks (off: the policy scanner covers them, so nothing is reported twice).",
        type: 'boolean',
        default: 'false'
    },
    {
        name: 'cosign-key',
        description: 'Public key to verify image signatures with: a file, env://VAR or a KMS URI.',
        type: 'string'
    },
    {
        name: 'cosign-certificate-identity',
        description: 'Keyless: the exact signer identity required.',
        type: 'string'
    },
    {
        name: 'cosign-certificate-identity-regexp',
        description: 'Keyless: a regular expression the signer identity must match.',
        type: 'string'
    },
    {
        name: 'cosign-certificate-oidc-issuer',
        description: 'Keyless: the exact OIDC issuer required.',
        type: 'string'
    },
    {
        name: 'cosign-certificate-oidc-issuer-regexp',
        description: 'Keyless: a regular expression the OIDC issuer must match.',
        type: 'string'
    },
    {
        name: 'cosign-attestation-types',
        description: 'Attestation predicate types to verify as well (slsaprovenance, spdxjson, cyclonedx, a URI...).',
        type: 'list'
    },
    {
        name: 'cosign-verify-base-images',
        description: 'Also verify the base images named in FROM lines with the same key or identity.',
        type: 'boolean',
        default: 'false'
    },
    {
        name: 'cosign-rekor-url',
        description: 'The transparency log to check entries against.',
        type: 'string'
    },
    {
        name: 'cosign-timeout',
        description: 'How long one cosign run may take (seconds or 90s, 5m).',
        type: 'string',
        default: '3m'
    },
    {
        name: 'resolve-digests',
        description: 'Resolve each image tag to its digest once, so Trivy scans and cosign verifies the same bytes.',
        type: 'boolean',
        default: 'true'
    },
    {
        name: 'trivy-version',
        description: 'Trivy version to install when it is not on PATH at this version.',
        type: 'string',
        default: _tools_install_checksums_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_VERSIONS */ .iX.trivy
    },
    {
        name: 'cosign-version',
        description: 'cosign version to install when it is not on PATH at this version.',
        type: 'string',
        default: _tools_install_checksums_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_VERSIONS */ .iX.cosign
    },
    {
        name: 'download-base-url',
        description: 'Where tool releases are downloaded from: a mirror or GitHub Enterprise URL.',
        type: 'string',
        default: 'https://github.com'
    },
    {
        name: 'tool-cache-dir',
        description: 'CLI: the folder downloaded tools are cached in (the Action uses the runner tool cache).',
        type: 'string',
        cliOnly: true
    },
    {
        name: 'registry-username',
        description: 'User name for private registries (also read from REGISTRY_USERNAME).',
        type: 'string',
        notInConfigFile: true
    },
    {
        name: 'registry-password',
        description: 'Password or token for private registries; for the CLI only from REGISTRY_PASSWORD, never a flag. Set REGISTRY_HOST to hand them to that registry only.',
        type: 'string',
        secret: true,
        notInConfigFile: true
    }
];
/** Environment variables the gate reads; named once here. */
const ENV = {
    registryUsername: 'REGISTRY_USERNAME',
    registryPassword: 'REGISTRY_PASSWORD',
    noColor: 'NO_COLOR'
};
/** Step outputs of the Action. */
const OUTPUTS = {
    sarifFile: 'sarif-file',
    verdict: 'verdict',
    exitCode: 'exit-code',
    findings: 'findings',
    blocking: 'blocking',
    critical: 'critical',
    high: 'high',
    medium: 'medium',
    low: 'low',
    unknown: 'unknown',
    failedScanners: 'failed-scanners'
};
/** The spec of `name`; throws for a name not in the table (a bug). */
function inputSpec(name) {
    const spec = INPUTS.find((i) => i.name === name);
    if (!spec)
        throw new Error(`No input named ${name}`);
    return spec;
}


/***/ }),

/***/ 7406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VM: () => (/* binding */ ScannerError),
/* harmony export */   kc: () => (/* binding */ errorText),
/* harmony export */   xb: () => (/* binding */ assertNever),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * A mistake the user must fix: a bad input, flag or configuration value.
 * The message names the input and says what is accepted.
 */
class UserError extends Error {
    input;
    name = 'UserError';
    constructor(message, 
    /** The input, flag or config key at fault, when there is one. */
    input, options) {
        super(message, options);
        this.input = input;
    }
}
/**
 * A scanner that could not run or whose output could not be read. It fails
 * the gate unless the user opted out.
 */
class ScannerError extends Error {
    code;
    tool;
    details;
    name = 'ScannerError';
    constructor(code, 
    /** The tool: `trivy`, `cosign`, `policy`. */
    tool, message, details = {}) {
        super(message, { cause: details.cause });
        this.code = code;
        this.tool = tool;
        this.details = details;
    }
}
/** Text of any thrown value, for messages. */
function errorText(error) {
    return error instanceof Error ? error.message : String(error);
}
/** Marks a switch as exhaustive: the compiler fails when a case is missing. */
function assertNever(value) {
    throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}


/***/ }),

/***/ 714:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./build/src/errors.js
var errors = __nccwpck_require__(7406);
;// CONCATENATED MODULE: ./build/src/logging.js
/** Replaces every masked value in `text` with `***`. */
function redact(text, secrets) {
    let out = text;
    for (const secret of secrets)
        out = out.split(secret).join('***');
    return out;
}
/** Keeps every line in memory, masked, for tests to read. */
class RecordingLogger {
    lines = [];
    secrets = new Set();
    debug(message) {
        this.push('debug', message);
    }
    info(message) {
        this.push('info', message);
    }
    warning(message) {
        this.push('warning', message);
    }
    error(message) {
        this.push('error', message);
    }
    async group(name, work) {
        this.push('group', name);
        return work();
    }
    mask(secret) {
        if (secret.length > 0)
            this.secrets.add(secret);
    }
    redact(text) {
        return redact(text, this.secrets);
    }
    /** Every line as one text, for searching. */
    text() {
        return this.lines.map((l) => `${l.level}: ${l.message}`).join('\n');
    }
    push(level, message) {
        this.lines.push({ level, message: redact(message, this.secrets) });
    }
}
/** Writes to a stream (stderr for the CLI), debug lines only when asked. */
class StreamLogger {
    write;
    verbose;
    secrets = new Set();
    depth = 0;
    constructor(write, verbose = false) {
        this.write = write;
        this.verbose = verbose;
    }
    debug(message) {
        const on = typeof this.verbose === 'function' ? this.verbose() : this.verbose;
        if (on)
            this.line('debug: ', message);
    }
    info(message) {
        this.line('', message);
    }
    warning(message) {
        this.line('warning: ', message);
    }
    error(message) {
        this.line('error: ', message);
    }
    async group(name, work) {
        this.line('', `▸ ${name}`);
        this.depth++;
        try {
            return await work();
        }
        finally {
            this.depth--;
        }
    }
    mask(secret) {
        if (secret.length > 0)
            this.secrets.add(secret);
    }
    redact(text) {
        return redact(text, this.secrets);
    }
    line(prefix, message) {
        const indent = '  '.repeat(this.depth);
        const text = redact(message, this.secrets);
        const lines = text.split('\n').map((l) => `${indent}${prefix}${l}`);
        this.write(lines.join('\n') + '\n');
    }
}

// EXTERNAL MODULE: ./build/src/version.js
var version = __nccwpck_require__(8009);
// EXTERNAL MODULE: ./build/src/config/inputs.js
var inputs = __nccwpck_require__(507);
;// CONCATENATED MODULE: ./build/src/publish/cli/args.js


const CLI_SWITCHES = ['verbose', 'no-color', 'color', 'markdown-file'];
/**
 * Reads `container-security-gate scan [PATH] [--input value]...`. Every
 * input is a flag of the same name; lists may repeat; booleans stand alone
 * or take `=true|false`; `--no-X` turns boolean X off.
 */
function parseArgs(argv) {
    const args = [...argv];
    const first = args[0];
    if (first === undefined || ['-h', '--help', 'help'].includes(first)) {
        return { kind: 'help' };
    }
    if (['-V', '--version', 'version'].includes(first))
        return { kind: 'version' };
    if (first !== 'scan') {
        throw new errors/* UserError */.yo(`Unknown command "${first}": expected scan, help or version (see --help).`, 'command');
    }
    return parseScan(args.slice(1));
}
function parseScan(args) {
    const inputs = new Map();
    let verbose = false;
    let color;
    let markdownFile;
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '-h' || arg === '--help')
            return { kind: 'help' };
        if (!arg.startsWith('--')) {
            setOnce(inputs, 'path', arg);
            continue;
        }
        const [rawName, inline] = splitFlag(arg);
        if (rawName === 'verbose' || rawName === 'debug') {
            verbose = true;
        }
        else if (rawName === 'no-color' || rawName === 'color') {
            color = rawName === 'color';
        }
        else if (rawName === 'markdown-file') {
            markdownFile = inline ?? takeValue(args, ++i, rawName);
        }
        else {
            const { spec, negated } = findSpec(rawName);
            if (spec.type === 'boolean') {
                inputs.set(spec.name, negated ? 'false' : (inline ?? 'true'));
            }
            else {
                add(inputs, spec, inline ?? takeValue(args, ++i, rawName));
            }
        }
    }
    return { kind: 'scan', inputs, verbose, color, markdownFile };
}
function splitFlag(arg) {
    const body = arg.slice(2);
    const eq = body.indexOf('=');
    return eq < 0 ? [body, undefined] : [body.slice(0, eq), body.slice(eq + 1)];
}
function findSpec(name) {
    const direct = inputs/* INPUTS */.mc.find((i) => i.name === name);
    const negatedSpec = name.startsWith('no-')
        ? inputs/* INPUTS */.mc.find((i) => i.name === name.slice(3) && i.type === 'boolean')
        : undefined;
    const spec = direct ?? negatedSpec;
    if (spec?.secret) {
        throw new errors/* UserError */.yo(`--${name} is not accepted on the command line, where other users of the machine could read it: set it in the environment instead (see --help).`, name);
    }
    if (spec)
        return { spec, negated: !direct };
    const known = [...inputs/* INPUTS */.mc.map((i) => i.name), ...CLI_SWITCHES];
    throw new errors/* UserError */.yo(`Unknown flag --${name}: expected one of ${known.map((k) => `--${k}`).join(', ')}.`, name);
}
function takeValue(args, index, name) {
    const value = args[index];
    if (value !== undefined && !value.startsWith('--'))
        return value;
    throw new errors/* UserError */.yo(`The flag --${name} needs a value.`, name);
}
function add(inputs, spec, value) {
    if (spec.type !== 'list') {
        setOnce(inputs, spec.name, value);
        return;
    }
    const list = inputs.get(spec.name);
    inputs.set(spec.name, [...(Array.isArray(list) ? list : []), value]);
}
function setOnce(inputs, name, value) {
    if (inputs.has(name)) {
        throw new errors/* UserError */.yo(`${name} was given twice ("${String(inputs.get(name))}" and "${value}"): give it once.`, name);
    }
    inputs.set(name, value);
}

;// CONCATENATED MODULE: ./build/src/publish/cli/help.js

/** Exit codes of the CLI, also documented in the README. */
const EXIT_CODES = {
    passed: 0,
    findings: 1,
    usage: 2,
    scannerFailed: 3,
    internal: 4
};
/** The text of `--help`: usage, every flag with its default, exit codes. */
function helpText() {
    const flags = inputs/* INPUTS */.mc.map((input) => {
        const value = input.type === 'boolean' ? '' : ' <value>';
        const repeat = input.type === 'list' ? ' (repeatable)' : '';
        const def = input.default ? ` [default: ${input.default}]` : '';
        const note = input.secret ? ' (environment only)' : '';
        return `  --${input.name}${value}${repeat}${note}\n      ${input.description}${def}`;
    });
    return [
        'Usage: container-security-gate scan [PATH] [flags]',
        '',
        'Scans PATH (default: the current folder) with Trivy, verifies image',
        'signatures with cosign, checks Dockerfiles and Compose files against the',
        'hardening policy, writes one SARIF log and fails on findings at or above',
        'the threshold or when a scanner could not run.',
        '',
        'Flags:',
        ...flags,
        '  --markdown-file <path>',
        '      Also write the Markdown summary to this file.',
        '  --verbose',
        "      Show debug lines, including the tools' raw output.",
        '  --color, --no-color',
        '      Force coloured or plain output (default: colour on a terminal, unless NO_COLOR is set).',
        '',
        'Exit codes:',
        '  0  passed',
        '  1  findings at or above the severity threshold',
        '  2  invalid usage or configuration',
        '  3  a scanner could not run (wins over 1)',
        '  4  an internal error of the gate itself',
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./build/src/publish/cli/main.js





/**
 * Runs the CLI and returns its exit code: 0 passed, 1 findings, 2 usage,
 * 3 a scanner failed, 4 an internal error.
 */
async function main(argv, io) {
    let verbose = false;
    const logger = new StreamLogger((t) => io.stderr.write(t), () => verbose);
    try {
        const command = parseArgs(argv);
        if (command.kind === 'help') {
            io.stdout.write(helpText());
            return EXIT_CODES.passed;
        }
        if (command.kind === 'version') {
            io.stdout.write(`${version/* TOOL_INFO */.Y.name} ${version/* TOOL_INFO */.Y.version}\n`);
            return EXIT_CODES.passed;
        }
        verbose = command.verbose;
        // The scanners (and the shell parser's WebAssembly) load only for a
        // scan, so --help and --version start at once.
        const { scan } = await Promise.all(/* import() */[__nccwpck_require__.e(951), __nccwpck_require__.e(387)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8387));
        return await scan(command, io, logger);
    }
    catch (error) {
        return failure(error, logger);
    }
}
function failure(error, logger) {
    if (error instanceof errors/* UserError */.yo) {
        logger.error(error.message);
        return EXIT_CODES.usage;
    }
    if (error instanceof errors/* ScannerError */.VM) {
        logger.error(error.message);
        return EXIT_CODES.scannerFailed;
    }
    logger.error(`Internal error: ${(0,errors/* errorText */.kc)(error)}`);
    if (error instanceof Error && error.stack)
        logger.debug(error.stack);
    return EXIT_CODES.internal;
}


/***/ }),

/***/ 5297:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MV: () => (/* binding */ pinnedSha256),
/* harmony export */   iX: () => (/* binding */ DEFAULT_VERSIONS),
/* harmony export */   yk: () => (/* binding */ parseChecksums)
/* harmony export */ });
/* unused harmony export PINNED_SHA256 */
/** The versions installed when the configuration names none. */
const DEFAULT_VERSIONS = {
    trivy: '0.69.3',
    cosign: '3.0.2'
};
/**
 * SHA-256 of the default versions' release files, as published in each
 * release's checksums file (trivy_0.69.3_checksums.txt; cosign v3.0.2's
 * sums as mirrored by bazel-contrib/rules_oci). A download that does not
 * hash to its pinned value is refused, whatever the server's checksums file
 * says.
 *
 * Known limitation: cosign-windows-amd64.exe of v3.0.2 has no pinned sum
 * here because no published copy of it could be found while writing this
 * table; on Windows its sum comes from the release's cosign_checksums.txt at
 * install time, which detects corruption but not a substituted release.
 */
const PINNED_SHA256 = {
    'trivy/0.69.3/trivy_0.69.3_Linux-64bit.tar.gz': '1816b632dfe529869c740c0913e36bd1629cb7688bd5634f4a858c1d57c88b75',
    'trivy/0.69.3/trivy_0.69.3_Linux-ARM64.tar.gz': '7e3924a974e912e57b4a99f65ece7931f8079584dae12eb7845024f97087bdfd',
    'trivy/0.69.3/trivy_0.69.3_macOS-64bit.tar.gz': 'fec4a9f7569b624dd9d044fca019e5da69e032700edbb1d7318972c448ec2f4e',
    'trivy/0.69.3/trivy_0.69.3_macOS-ARM64.tar.gz': 'a2f2179afd4f8bb265ca3c7aefb56a666bc4a9a411663bc0f22c3549fbc643a5',
    'trivy/0.69.3/trivy_0.69.3_windows-64bit.zip': '74362dc711383255308230ecbeb587eb1e4e83a8d332be5b0259afac6e0c2224',
    'cosign/3.0.2/cosign-linux-amd64': '46dbdcb5467a3dfec2526923d0b3365e40c8d9dc00ec23d5aca3437449e8cbfd',
    'cosign/3.0.2/cosign-linux-arm64': '17fd784737ca54d7d8a343c82da6c5d6dbdee971e66644d923d1b057fb97d7ed',
    'cosign/3.0.2/cosign-darwin-amd64': '0fc2b6f16b900abdfda3153b11fc435a8cbe3830e8e820fe8ad5fe4149a5b472',
    'cosign/3.0.2/cosign-darwin-arm64': '3823b044de184da21e300bc5e20dd29d3fa9243af3ba70c4a5da1712f3385d46'
};
/** The pinned sum of a release file, if this source keeps one. */
function pinnedSha256(tool, version, fileName) {
    return PINNED_SHA256[`${tool}/${version}/${fileName}`];
}
/** Reads a `sha256sum`-style file: `<hex>  <name>` a line. */
function parseChecksums(text) {
    const sums = new Map();
    for (const line of text.split(/\r?\n/)) {
        const m = /^([0-9a-fA-F]{64})\s+\*?(\S+)\s*$/.exec(line.trim());
        if (m?.[1] && m[2])
            sums.set(m[2], m[1].toLowerCase());
    }
    return sums;
}


/***/ }),

/***/ 8009:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ TOOL_INFO)
/* harmony export */ });
/** The gate's own name and version, as reports name the tool. */
const TOOL_INFO = {
    name: 'container-security-gate',
    version: '0.1.0',
    informationUri: 'https://github.com/container-security-gate/container-security-gate'
};


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/publicPath */
/******/ (() => {
/******/ 	var scriptUrl;
/******/ 	if (typeof import.meta.url === "string") scriptUrl = import.meta.url
/******/ 	// When supporting browsers where an automatic publicPath is not supported you must specify an output.publicPath manually via configuration
/******/ 	// or pass an empty string ("") and set the __webpack_public_path__ variable from your code to use your own logic.
/******/ 	if (!scriptUrl) throw new Error("Automatic publicPath is not supported in this browser");
/******/ 	scriptUrl = scriptUrl.replace(/#.*$/, "").replace(/\?.*$/, "").replace(/\/[^\/]+$/, "/");
/******/ 	__nccwpck_require__.p = scriptUrl;
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	__nccwpck_require__.b = new URL("./", import.meta.url);
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5035);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
