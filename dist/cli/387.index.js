export const id = 387;
export const ids = [387];
export const modules = {

/***/ 1991:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ checkConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7406);
/* harmony import */ var _judge_exceptions_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3462);
/* harmony import */ var _scanners_cosign_validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3607);
/* harmony import */ var _scanners_policy_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9452);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_scanners_policy_index_js__WEBPACK_IMPORTED_MODULE_5__]);
_scanners_policy_index_js__WEBPACK_IMPORTED_MODULE_5__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];






/**
 * Checks that need the whole Config: settings that contradict each other
 * or would make a scan check nothing. Runs before any scanner, so a typo
 * costs seconds, not a scan.
 */
async function checkConfig(config) {
    if (config.scanners.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('The input scanners is empty: expected one or more of trivy-fs, trivy-image, cosign, policy (a gate that runs nothing would pass anything).', 'scanners');
    }
    if (config.failOn === 'new' && !config.baseline) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('fail-on: new needs baseline-sarif, the earlier SARIF log that says which findings are not new.', 'fail-on');
    }
    checkSarifFile(config.sarifFile);
    checkRuleIds(config);
    checkCosign(config);
    await (0,_judge_exceptions_file_js__WEBPACK_IMPORTED_MODULE_3__/* .loadExceptions */ .Rz)(config.path, config.exceptionsFile);
}
function checkSarifFile(file) {
    const isDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isDirectory();
    if (!isDir && /\.(sarif|json)$/i.test(node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Invalid sarif-file "${file}": expected a file name ending in .sarif or .json${isDir ? ', not a folder' : ''}.`, 'sarif-file');
}
// A rule id that matches no rule would silently configure nothing.
function checkRuleIds(config) {
    const known = new Set((0,_scanners_policy_index_js__WEBPACK_IMPORTED_MODULE_5__/* .policyRules */ .cy)().map((r) => r.id));
    const unknown = Object.keys(config.policy.rules).filter((id) => !known.has(id));
    if (unknown.length === 0)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Unknown rule id(s) under policy.rules: ${unknown.join(', ')}. The rules are listed in docs/rules/README.md (ids such as CSG-D1, CSG-C11, CSG-R1).`, 'config-file');
}
// Signatures are checked only where there is something to verify; then
// the key or the expected signer must be given, or the run stops here.
function checkCosign(config) {
    const verifies = config.images.some((i) => !i.archive) || config.cosign.verifyBaseImages;
    if (config.scanners.includes('cosign') && verifies) {
        (0,_scanners_cosign_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .validateCosignConfig */ .Kt)(config.cosign);
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 6924:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readConfigFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7406);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(507);




const FILE_KEYS = _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .INPUTS */ .mc.filter((i) => !i.notInConfigFile).map((i) => i.name);
/**
 * Reads the YAML config file. Every key must be an input name or `policy`;
 * an unknown key is an error, so a typo never silently does nothing.
 */
async function readConfigFile(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot read the config file ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorText */ .kc)(error)}`, 'config-file', { cause: error });
    }
    let data;
    try {
        data = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text, { maxAliasCount: 100 });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The config file ${file} is not valid YAML: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorText */ .kc)(error)}`, 'config-file', { cause: error });
    }
    return toValues(file, data ?? {});
}
function toValues(file, data) {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The config file ${file} must be a YAML mapping of settings (such as severity-threshold: high).`, 'config-file');
    }
    const inputs = new Map();
    let policy = {};
    for (const [key, value] of Object.entries(data)) {
        if (key === 'policy') {
            policy = policySection(file, value);
            continue;
        }
        if (!FILE_KEYS.includes(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Unknown key "${key}" in the config file ${file}: expected policy or one of ${FILE_KEYS.join(', ')}.`, 'config-file');
        }
        inputs.set(key, toText(file, key, value));
    }
    return { inputs, policy, file };
}
function policySection(file, value) {
    if (value === null || value === undefined)
        return {};
    if (typeof value === 'object' && !Array.isArray(value)) {
        return value;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`"policy" in the config file ${file} must be a mapping (level, rules, trusted-registries, allowed-base-images, required-labels).`, 'config-file');
}
function toText(file, key, value) {
    if (Array.isArray(value)) {
        return value.map((item) => scalarText(file, key, item));
    }
    return scalarText(file, key, value);
}
function scalarText(file, key, value) {
    if (typeof value === 'string' ||
        typeof value === 'number' ||
        typeof value === 'boolean') {
        return String(value);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Invalid "${key}" in the config file ${file}: expected a string, number, boolean or a list of them.`, 'config-file');
}


/***/ }),

/***/ 6820:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ parseImages)
/* harmony export */ });
/* unused harmony export isImageReference */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7406);



// The reference grammar of the OCI distribution spec, simplified: an
// optional registry host (with port), slash-separated lowercase path
// components, an optional tag and an optional digest.
const HOST = '(?:[a-zA-Z0-9.-]+(?::[0-9]+)?|\\[[0-9a-fA-F:]+\\](?::[0-9]+)?)';
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-fA-F0-9]{32,}';
const REFERENCE = new RegExp(`^(?:${HOST}/)?${COMPONENT}(?:/${COMPONENT})*(?::${TAG})?(?:@${DIGEST})?$`);
const ARCHIVE_SUFFIX = /\.(tar|tar\.gz|tgz)$/i;
/** True when `ref` is a well-formed image reference. */
function isImageReference(ref) {
    return ref.length <= 512 && REFERENCE.test(ref);
}
/**
 * Reads the `images` input: `REF`, `REF=DOCKERFILE`, `archive:PATH` or a
 * path ending in .tar. Dockerfiles and archives must exist under `root`.
 */
function parseImages(items, root) {
    return items.map((item) => parseImage(item, root));
}
function parseImage(item, root) {
    const eq = item.lastIndexOf('=');
    const ref = (eq >= 0 ? item.slice(0, eq) : item).trim();
    const dockerfile = eq >= 0 ? item.slice(eq + 1).trim() : undefined;
    const archivePath = ref.startsWith('archive:')
        ? ref.slice('archive:'.length)
        : ARCHIVE_SUFFIX.test(ref)
            ? ref
            : undefined;
    if (dockerfile !== undefined)
        checkDockerfile(item, dockerfile, root);
    if (archivePath !== undefined) {
        const full = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, archivePath);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Invalid images entry "${item}": the image archive ${archivePath} does not exist (paths are relative to path).`, 'images');
        }
        return { ref: full, archive: true, dockerfile: normalise(dockerfile) };
    }
    if (!isImageReference(ref)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Invalid images entry "${item}": expected an image reference such as registry.example.com/team/app:1.2 or app@sha256:<digest>, optionally followed by =path/to/Dockerfile, or archive:path/to/image.tar.`, 'images');
    }
    return { ref, archive: false, dockerfile: normalise(dockerfile) };
}
function checkDockerfile(item, dockerfile, root) {
    const full = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, dockerfile);
    const inside = !node_path__WEBPACK_IMPORTED_MODULE_1__.relative(root, full).startsWith('..');
    if (dockerfile && inside && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Invalid images entry "${item}": the Dockerfile "${dockerfile}" does not exist inside path (expected REF=path/to/Dockerfile relative to path).`, 'images');
}
function normalise(file) {
    return file === undefined
        ? undefined
        : node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(file.replaceAll('\\', '/')).replace(/^\.\//, '');
}


/***/ }),

/***/ 6576:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ Values)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(507);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5620);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7406);



/** Layers explicit inputs over the config file over the defaults. */
class Values {
    raw;
    file;
    constructor(raw, file) {
        this.raw = raw;
        this.file = file;
    }
    value(name) {
        return (this.raw.get(name) ??
            this.file?.inputs.get(name) ??
            (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputSpec */ .mm)(name).default);
    }
    /** True when `name` comes from the config file, not an input. */
    fromFile(name) {
        return !this.raw.has(name) && (this.file?.inputs.has(name) ?? false);
    }
    /** True when the input or the config file sets `name`. */
    given(name) {
        return this.raw.has(name) || (this.file?.inputs.has(name) ?? false);
    }
    text(name) {
        const value = this.value(name);
        const joined = typeof value === 'string' ? value : value?.join(',');
        const trimmed = joined?.trim();
        return trimmed ? trimmed : undefined;
    }
    required(name) {
        const value = this.text(name);
        if (value !== undefined)
            return value;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The input ${name} must not be empty.`, name);
    }
    list(name) {
        const value = this.value(name);
        return value === undefined ? [] : (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .splitList */ .ry)(value);
    }
    bool(name) {
        return (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .yG)(name, this.required(name));
    }
}


/***/ }),

/***/ 3110:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ loadConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7406);
/* harmony import */ var _scanners_outcome_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9137);
/* harmony import */ var _file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6924);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1991);
/* harmony import */ var _layers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6576);
/* harmony import */ var _source_root_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9100);
/* harmony import */ var _images_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6820);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(507);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1520);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5620);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_checks_js__WEBPACK_IMPORTED_MODULE_4__]);
_checks_js__WEBPACK_IMPORTED_MODULE_4__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];












const LEVELS = ['default', 'strict'];
/**
 * Turns inputs (Action inputs or CLI flags) and the optional config file
 * into one validated Config. Precedence: an input given explicitly, then
 * the config file, then the default. Throws a `UserError` naming the input.
 */
async function loadConfig(raw, options) {
    checkNames(raw);
    const root = repositoryRoot(text(raw, 'path') ?? '.', options.cwd);
    const file = await configFile(raw, root);
    const values = new _layers_js__WEBPACK_IMPORTED_MODULE_5__/* .Values */ .J(raw, file);
    // A path given as an input is relative to the working folder; one written
    // in the config file is relative to the repository it lives in.
    const resolve = (name, p) => node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(values.fromFile(name) ? root : options.cwd, p);
    const scanners = values.list('scanners').map((s) => scannerName(s));
    const exceptions = values.text('exceptions-file');
    const config = {
        path: root,
        sourceRoot: (0,_source_root_js__WEBPACK_IMPORTED_MODULE_6__/* .sourceRootOf */ .X)(root),
        images: (0,_images_js__WEBPACK_IMPORTED_MODULE_7__/* .parseImages */ .e)(values.list('images'), root),
        dockerfiles: values.list('dockerfiles'),
        composeFiles: values.list('compose-files'),
        scanners: [...new Set(scanners)],
        severityThreshold: (0,_values_js__WEBPACK_IMPORTED_MODULE_10__/* .parseSeverityInput */ .pg)('severity-threshold', values.required('severity-threshold')),
        minSeverity: (0,_values_js__WEBPACK_IMPORTED_MODULE_10__/* .parseSeverityInput */ .pg)('min-severity', values.required('min-severity')),
        ignoreUnfixed: values.bool('ignore-unfixed'),
        trivy: {
            skipDirs: values.list('trivy-skip-dirs'),
            configFile: existing(root, values.text('trivy-config'), 'trivy-config'),
            timeoutSeconds: (0,_values_js__WEBPACK_IMPORTED_MODULE_10__/* .parseDuration */ .E9)('trivy-timeout', values.required('trivy-timeout')),
            reports: values
                .list('trivy-reports')
                .map((r) => existingFile(resolve('trivy-reports', r), 'trivy-reports')),
            server: optionalUrl('trivy-server', values.text('trivy-server')),
            dbRepository: values.text('trivy-db-repository'),
            cacheDir: mapOptional(values.text('trivy-cache-dir'), (d) => resolve('trivy-cache-dir', d)),
            skipDockerfileChecks: !values.bool('trivy-dockerfile-checks')
        },
        policy: (0,_policy_js__WEBPACK_IMPORTED_MODULE_9__/* .parsePolicy */ .O)(file?.policy ?? {}, values.given('policy-level')
            ? (0,_values_js__WEBPACK_IMPORTED_MODULE_10__/* .parseChoice */ .HU)('policy-level', values.required('policy-level'), LEVELS)
            : undefined, file?.file ?? 'the config file'),
        cosign: cosignConfig(values, root),
        tools: {
            trivyVersion: version('trivy-version', values.required('trivy-version')),
            cosignVersion: version('cosign-version', values.required('cosign-version')),
            downloadBaseUrl: (0,_values_js__WEBPACK_IMPORTED_MODULE_10__/* .parseUrl */ .Dl)('download-base-url', values.required('download-base-url')),
            cacheDir: mapOptional(values.text('tool-cache-dir'), (d) => resolve('tool-cache-dir', d))
        },
        sarifFile: resolve('sarif-file', values.required('sarif-file')),
        failOnScannerError: values.bool('fail-on-scanner-error'),
        exceptionsFile: exceptions,
        baseline: mapOptional(values.text('baseline-sarif'), (b) => existingFile(resolve('baseline-sarif', b), 'baseline-sarif')),
        failOn: (0,_values_js__WEBPACK_IMPORTED_MODULE_10__/* .parseChoice */ .HU)('fail-on', values.required('fail-on'), ['all', 'new']),
        registryAuth: registryAuth(raw, options.env),
        resolveDigests: values.bool('resolve-digests'),
        concurrency: (0,_values_js__WEBPACK_IMPORTED_MODULE_10__/* .parseInteger */ .cG)('concurrency', values.required('concurrency'), 1, 32)
    };
    await (0,_checks_js__WEBPACK_IMPORTED_MODULE_4__/* .checkConfig */ .l)(config);
    return config;
}
function checkNames(raw) {
    for (const name of raw.keys()) {
        if (!_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .INPUTS */ .mc.some((i) => i.name === name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Unknown input "${name}": expected one of ${_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .INPUTS */ .mc.map((i) => i.name).join(', ')}.`, name);
        }
    }
}
function text(raw, name) {
    const value = raw.get(name);
    return typeof value === 'string' ? value.trim() || undefined : value?.[0];
}
function repositoryRoot(input, cwd) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, input);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(root) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(root).isDirectory())
        return root;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Invalid path "${input}": expected an existing folder (resolved to ${root}).`, 'path');
}
async function configFile(raw, root) {
    const given = text(raw, 'config-file');
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, given ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .inputSpec */ .mm)('config-file').default);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        return (0,_file_js__WEBPACK_IMPORTED_MODULE_3__/* .readConfigFile */ .R)(file);
    if (given === undefined)
        return undefined;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Invalid config-file "${given}": no such file under path (resolved to ${file}).`, 'config-file');
}
function scannerName(name) {
    return (0,_values_js__WEBPACK_IMPORTED_MODULE_10__/* .parseChoice */ .HU)('scanners', name, _scanners_outcome_js__WEBPACK_IMPORTED_MODULE_11__/* .SCANNER_NAMES */ .K);
}
function existing(root, file, name) {
    return file === undefined
        ? undefined
        : existingFile(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, file), name);
}
function existingFile(file, name) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFile())
        return file;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Invalid ${name}: the file ${file} does not exist.`, name);
}
function optionalUrl(name, value) {
    return value === undefined ? undefined : (0,_values_js__WEBPACK_IMPORTED_MODULE_10__/* .parseUrl */ .Dl)(name, value);
}
function mapOptional(value, map) {
    return value === undefined ? undefined : map(value);
}
function version(name, value) {
    const bare = value.replace(/^v/, '');
    if (/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(bare))
        return bare;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Invalid ${name} "${value}": expected a release version such as 1.2.3.`, name);
}
function cosignConfig(values, root) {
    const key = values.text('cosign-key');
    const keyIsFile = key !== undefined && !/^[a-z0-9]+:\/\//.test(key);
    return {
        key: keyIsFile ? existingFile(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, key), 'cosign-key') : key,
        certificateIdentity: values.text('cosign-certificate-identity'),
        certificateIdentityRegexp: values.text('cosign-certificate-identity-regexp'),
        certificateOidcIssuer: values.text('cosign-certificate-oidc-issuer'),
        certificateOidcIssuerRegexp: values.text('cosign-certificate-oidc-issuer-regexp'),
        attestationTypes: values.list('cosign-attestation-types'),
        verifyBaseImages: values.bool('cosign-verify-base-images'),
        rekorUrl: optionalUrl('cosign-rekor-url', values.text('cosign-rekor-url')),
        timeoutSeconds: (0,_values_js__WEBPACK_IMPORTED_MODULE_10__/* .parseDuration */ .E9)('cosign-timeout', values.required('cosign-timeout'))
    };
}
function registryAuth(raw, env) {
    const username = text(raw, 'registry-username') ?? env[_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .ENV */ .Km.registryUsername];
    const password = text(raw, 'registry-password') ?? env[_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .ENV */ .Km.registryPassword];
    if (!username && !password)
        return undefined;
    if (username && password)
        return { username, password };
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Registry credentials need both a user name and a password: set registry-username and registry-password (or ${_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .ENV */ .Km.registryUsername} and ${_inputs_js__WEBPACK_IMPORTED_MODULE_8__/* .ENV */ .Km.registryPassword}).`, username ? 'registry-password' : 'registry-username');
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 1520:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ parsePolicy)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);
/* harmony import */ var _findings_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4948);


const POLICY_KEYS = [
    'level',
    'rules',
    'trusted-registries',
    'allowed-base-images',
    'required-labels'
];
const RULE_ID = /^CSG-[A-Z0-9-]+$/;
/**
 * Reads the config file's `policy` section. `level` from the inputs wins
 * over the file's when both are given.
 */
function parsePolicy(section, level, file) {
    for (const key of Object.keys(section)) {
        if (!POLICY_KEYS.includes(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Unknown key "policy.${key}" in ${file}: expected one of ${POLICY_KEYS.join(', ')}.`, 'config-file');
        }
    }
    const fileLevel = policyLevel(section.level, file);
    if (level && section.level !== undefined && level !== fileLevel) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`policy-level is ${level} but policy.level in ${file} is ${fileLevel}: set the level in one place.`, 'policy-level');
    }
    return {
        level: level ?? fileLevel,
        rules: ruleSettings(section.rules, file),
        trustedRegistries: stringList(section, 'trusted-registries', file),
        allowedBaseImages: stringList(section, 'allowed-base-images', file),
        requiredLabels: stringList(section, 'required-labels', file)
    };
}
function policyLevel(value, file) {
    if (value === undefined || value === null)
        return 'default';
    if (value === 'default' || value === 'strict')
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Invalid "policy.level" in ${file}: expected default or strict.`, 'config-file');
}
function ruleSettings(value, file) {
    if (value === undefined || value === null)
        return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Invalid "policy.rules" in ${file}: expected a mapping of rule ids (CSG-D1: off, CSG-C11: { severity: low }).`, 'config-file');
    }
    const settings = {};
    for (const [id, setting] of Object.entries(value)) {
        if (!RULE_ID.test(id)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Invalid rule id "${id}" under policy.rules in ${file}: expected an id such as CSG-D1 (see docs/rules).`, 'config-file');
        }
        settings[id] = ruleSetting(id, setting, file);
    }
    return settings;
}
function ruleSetting(id, value, file) {
    if (value === false || value === 'off')
        return { enabled: false };
    if (value === true || value === 'on')
        return { enabled: true };
    if (typeof value === 'string' && (0,_findings_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSeverity */ .lv)(value)) {
        return { enabled: true, severity: (0,_findings_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSeverity */ .lv)(value) };
    }
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const entry = value;
        const severity = typeof entry.severity === 'string'
            ? (0,_findings_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSeverity */ .lv)(entry.severity)
            : undefined;
        const enabled = entry.enabled;
        const keysOk = Object.keys(entry).every((k) => ['severity', 'enabled'].includes(k));
        const severityOk = entry.severity === undefined || severity !== undefined;
        const enabledOk = enabled === undefined || typeof enabled === 'boolean';
        if (keysOk && severityOk && enabledOk) {
            return { enabled: enabled, severity };
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Invalid setting for ${id} under policy.rules in ${file}: expected off, on, a severity (critical, high, medium, low, unknown) or { severity: ..., enabled: true|false }.`, 'config-file');
}
function stringList(section, key, file) {
    const value = section[key];
    if (value === undefined || value === null)
        return [];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
        return value;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Invalid "policy.${key}" in ${file}: expected a list of strings.`, 'config-file');
}


/***/ }),

/***/ 9100:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ sourceRootOf)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


/**
 * The root of the repository `folder` belongs to: the nearest folder at or
 * above it holding `.git`, else `folder` itself. Reports give locations
 * relative to it, as code scanning expects.
 */
function sourceRootOf(folder) {
    for (let dir = folder;; dir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, '.git')))
            return dir;
        if (node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir) === dir)
            return folder;
    }
}


/***/ }),

/***/ 5620:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ parseUrl),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   HU: () => (/* binding */ parseChoice),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   pg: () => (/* binding */ parseSeverityInput),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _findings_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4948);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7406);


/**
 * Splits a list input: one item per line or comma, blanks and `#` comment
 * lines dropped. Commas inside `{...}` (glob braces) do not split.
 */
function splitList(value) {
    const texts = typeof value === 'string' ? [value] : value;
    const items = [];
    for (const text of texts) {
        for (const line of text.split(/\r?\n/)) {
            if (line.trim().startsWith('#'))
                continue;
            items.push(...splitOutsideBraces(line));
        }
    }
    return items.map((i) => i.trim()).filter((i) => i.length > 0);
}
function splitOutsideBraces(line) {
    const parts = [];
    let depth = 0;
    let current = '';
    for (const char of line) {
        if (char === '{')
            depth++;
        if (char === '}')
            depth = Math.max(0, depth - 1);
        if (char === ',' && depth === 0) {
            parts.push(current);
            current = '';
        }
        else {
            current += char;
        }
    }
    parts.push(current);
    return parts;
}
/** Reads `true`/`false` (and yes/no, on/off, 1/0) for input `name`. */
function parseBoolean(name, value) {
    const text = value.trim().toLowerCase();
    if (['true', 'yes', 'on', '1'].includes(text))
        return true;
    if (['false', 'no', 'off', '0'].includes(text))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Invalid ${name} "${value}": expected true or false.`, name);
}
/** Reads a severity for input `name`. */
function parseSeverityInput(name, value) {
    const severity = (0,_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSeverity */ .lv)(value);
    if (severity)
        return severity;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Invalid ${name} "${value}": expected one of critical, high, medium, low, unknown.`, name);
}
/** Reads one of `choices` (any case) for input `name`. */
function parseChoice(name, value, choices) {
    const text = value.trim().toLowerCase();
    const found = choices.find((c) => c === text);
    if (found)
        return found;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Invalid ${name} "${value}": expected one of ${choices.join(', ')}.`, name);
}
/** Reads a whole number between `min` and `max` for input `name`. */
function parseInteger(name, value, min, max) {
    const text = value.trim();
    const number = /^\d+$/.test(text) ? Number(text) : NaN;
    if (Number.isInteger(number) && number >= min && number <= max) {
        return number;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Invalid ${name} "${value}": expected a whole number from ${min} to ${max}.`, name);
}
const UNIT_SECONDS = { '': 1, s: 1, m: 60, h: 3600 };
/** Reads a duration (`600`, `90s`, `10m`, `1h`, `1h30m`) in seconds. */
function parseDuration(name, value) {
    const text = value.trim().toLowerCase();
    const parts = [...text.matchAll(/(\d+)(h|m|s|)/g)];
    const joined = parts.map((p) => p[0]).join('');
    const seconds = parts.reduce((sum, p) => sum + Number(p[1]) * (UNIT_SECONDS[p[2] ?? ''] ?? 1), 0);
    if (text.length > 0 && joined === text && seconds > 0 && seconds <= 86400) {
        return seconds;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Invalid ${name} "${value}": expected a duration such as 600, 90s, 10m or 1h (at most 24h).`, name);
}
/** Checks a URL input is http(s); returns it without a trailing slash. */
function parseUrl(name, value) {
    let url;
    try {
        url = new URL(value.trim());
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Invalid ${name} "${value}": expected an http:// or https:// URL.`, name);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Invalid ${name} "${value}": expected an http:// or https:// URL.`, name);
    }
    return url.toString().replace(/\/+$/, '');
}


/***/ }),

/***/ 4948:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UT: () => (/* reexport */ DEFAULT_SCORES),
  oC: () => (/* reexport */ SEVERITIES),
  qd: () => (/* reexport */ compareSeverityDesc),
  ax: () => (/* reexport */ fingerprintOf),
  du: () => (/* reexport */ isAtLeast),
  lv: () => (/* reexport */ parseSeverity)
});

// UNUSED EXPORTS: severityRank

;// CONCATENATED MODULE: ./build/src/findings/severity.js
/** One severity scale for every source, lowest first. */
const SEVERITIES = [
    'UNKNOWN',
    'LOW',
    'MEDIUM',
    'HIGH',
    'CRITICAL'
];
/**
 * The score used for SARIF `security-severity` when a tool gives no CVSS
 * score. Each value sits inside the band GitHub maps to the same label.
 */
const DEFAULT_SCORES = {
    CRITICAL: 9.5,
    HIGH: 8.0,
    MEDIUM: 5.5,
    LOW: 2.0,
    UNKNOWN: 0.0
};
/** Position on the scale: UNKNOWN is 0, CRITICAL is 4. */
function severityRank(severity) {
    return SEVERITIES.indexOf(severity);
}
/** True when `severity` is at or above `threshold`. */
function isAtLeast(severity, threshold) {
    return severityRank(severity) >= severityRank(threshold);
}
/** Reads a severity name in any case; undefined when it is not one. */
function parseSeverity(value) {
    const upper = value.trim().toUpperCase();
    return SEVERITIES.includes(upper)
        ? upper
        : undefined;
}
/** Orders severities from the most severe down. */
function compareSeverityDesc(a, b) {
    return severityRank(b) - severityRank(a);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./build/src/findings/fingerprint.js

// Node 20.12+ hashes a string in one call, without a Hash object per
// finding (same digest); older versions fall back to createHash.
const oneShot = external_node_crypto_.hash;
const sha256Hex = oneShot
    ? (text) => oneShot('sha256', text)
    : (text) => external_node_crypto_.createHash('sha256').update(text).digest('hex');
/**
 * A fingerprint from the parts that identify a finding without its line
 * number, so that it survives edits above it. Parts are joined with a
 * separator no part can contain unescaped.
 */
function fingerprintOf(...parts) {
    let text = '';
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i] ?? '';
        if (i > 0)
            text += '|';
        // Most parts hold neither character: no copies for them.
        text +=
            part.includes('\\') || part.includes('|')
                ? part.replaceAll('\\', '\\\\').replaceAll('|', '\\|')
                : part;
    }
    return sha256Hex(text).slice(0, 32);
}

;// CONCATENATED MODULE: ./build/src/findings/index.js





/***/ }),

/***/ 7670:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ rebaseFindings)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

/**
 * Moves findings' file paths from the scanned folder to the repository
 * root (`prefix` is the folder relative to it), since code scanning reads
 * every location against the repository root.
 */
function rebaseFindings(findings, prefix) {
    if (prefix === '' || prefix === '.')
        return [...findings];
    return findings.map((finding) => finding.location.path === undefined
        ? finding
        : {
            ...finding,
            location: {
                ...finding.location,
                path: node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(prefix, finding.location.path)
            }
        });
}


/***/ }),

/***/ 1754:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ compareWithBaseline),
/* harmony export */   Ai: () => (/* binding */ BASELINE_KEY),
/* harmony export */   oU: () => (/* binding */ loadBaseline)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7406);
/* harmony import */ var _findings_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4948);
/* harmony import */ var _image_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4864);




/** The partialFingerprints key our logs write fingerprints under. */
const BASELINE_KEY = 'csg/v1';
/** Reads an earlier SARIF log of ours as a baseline. */
async function loadBaseline(file) {
    const fail = (what, cause) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`baseline-sarif: ${file} ${what}. Give a SARIF log written by an earlier run of this gate.`, 'baseline-sarif', { cause });
    };
    let log;
    try {
        log = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch (error) {
        return fail(`cannot be read as JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(error)})`, error);
    }
    if (!isRecord(log) || !Array.isArray(log['runs'])) {
        return fail('is not a SARIF log (no "runs" list)');
    }
    const findings = new Map();
    let unreadable = 0;
    for (const run of log['runs']) {
        for (const finding of findingsOfRun(run)) {
            if (finding)
                findings.set(finding.fingerprint, finding);
            else
                unreadable++;
        }
    }
    return { file, findings, unreadable };
}
/**
 * Marks each finding `new` or `unchanged` by its fingerprint, and lists the
 * baseline's findings this run no longer has as `absent`.
 */
function compareWithBaseline(findings, baseline) {
    const seen = new Set();
    const marked = findings.map((finding) => {
        seen.add(finding.fingerprint);
        const known = baseline.findings.has(finding.fingerprint);
        return { ...finding, baselineState: known ? 'unchanged' : 'new' };
    });
    const absent = [...baseline.findings.values()]
        .filter((f) => !seen.has(f.fingerprint))
        .map((f) => ({ ...f, baselineState: 'absent' }));
    return { findings: marked, absent };
}
// Results without our fingerprint come back as undefined; results that
// were themselves absent in that log are skipped.
function findingsOfRun(run) {
    if (!isRecord(run) || !Array.isArray(run['results']))
        return [];
    const driver = record(record(run['tool'])['driver']);
    const rules = Array.isArray(driver['rules']) ? driver['rules'] : [];
    return run['results']
        .filter((r) => !isRecord(r) || r['baselineState'] !== 'absent')
        .map((r) => (isRecord(r) ? toFinding(r, rules) : undefined));
}
function toFinding(result, rules) {
    const fingerprint = record(result['partialFingerprints'])[BASELINE_KEY];
    const ruleId = result['ruleId'];
    if (typeof fingerprint !== 'string' || typeof ruleId !== 'string') {
        return undefined;
    }
    const props = record(result['properties']);
    const index = result['ruleIndex'];
    const rule = record(typeof index === 'number'
        ? rules[index]
        : rules.find((r) => record(r)['id'] === ruleId));
    const severity = (0,_findings_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSeverity */ .lv)(text(props['severity']) ?? '') ??
        severityOfLevel(result['level']);
    const location = record(record(asArray(result['locations'])[0])['physicalLocation']);
    const uri = text(record(location['artifactLocation'])['uri']);
    const image = record(props['image']);
    const pkg = record(props['package']);
    return {
        rule: {
            id: ruleId,
            title: text(record(rule['shortDescription'])['text']) ?? ruleId,
            help: text(record(rule['help'])['text']) ?? '',
            ...(text(rule['helpUri']) ? { helpUri: text(rule['helpUri']) } : {}),
            defaultSeverity: severity,
            precision: 'high',
            tags: []
        },
        source: (text(props['source']) ?? 'sarif'),
        kind: (text(props['kind']) ?? 'vulnerability'),
        severity,
        score: typeof props['score'] === 'number'
            ? props['score']
            : _findings_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_SCORES */ .UT[severity],
        message: text(record(result['message'])['text']) ?? ruleId,
        location: locationOf(uri, location['region'], text(image['ref'])),
        target: text(props['target']) ?? uri ?? ruleId,
        fingerprint,
        ...(text(pkg['name'])
            ? {
                package: {
                    name: text(pkg['name']),
                    ...(text(pkg['installedVersion'])
                        ? { installedVersion: text(pkg['installedVersion']) }
                        : {}),
                    ...(text(pkg['fixedVersion'])
                        ? { fixedVersion: text(pkg['fixedVersion']) }
                        : {})
                }
            }
            : {})
    };
}
// An image finding without a Dockerfile was written at its image name:
// that is no file, so only the image comes back.
function locationOf(uri, region, ref) {
    const file = uri === undefined ? undefined : decodeURIComponent(uri);
    const startLine = record(region)['startLine'];
    const isFile = file !== undefined && (!ref || file !== (0,_image_js__WEBPACK_IMPORTED_MODULE_3__/* .imageName */ .t)(ref));
    return {
        ...(isFile ? { path: file } : {}),
        ...(isFile && typeof startLine === 'number'
            ? { region: { startLine } }
            : {}),
        ...(ref ? { image: { ref } } : {})
    };
}
function severityOfLevel(level) {
    return level === 'error' ? 'HIGH' : level === 'note' ? 'LOW' : 'MEDIUM';
}
function text(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
function record(value) {
    return isRecord(value) ? value : {};
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 9973:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fk: () => (/* binding */ emptySeverityCounts),
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   wv: () => (/* binding */ describeCounts)
/* harmony export */ });
/** A count of zero for every severity. */
function emptySeverityCounts() {
    return { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 };
}
/** Totals by severity and source; suppressed findings are counted apart. */
function countFindings(findings, blocking) {
    const bySeverity = emptySeverityCounts();
    const bySource = {};
    let suppressed = 0;
    for (const finding of findings) {
        if (finding.suppression) {
            suppressed++;
            continue;
        }
        bySeverity[finding.severity]++;
        const forSource = (bySource[finding.source] ??= emptySeverityCounts());
        forSource[finding.severity]++;
    }
    return { total: findings.length, bySeverity, bySource, suppressed, blocking };
}
/** `3 CRITICAL, 9 HIGH`: the non-zero counts, most severe first. */
function describeCounts(counts) {
    const order = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
    return order
        .filter((s) => counts[s] > 0)
        .map((s) => `${counts[s]} ${s}`)
        .join(', ');
}


/***/ }),

/***/ 3462:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rz: () => (/* binding */ loadExceptions)
/* harmony export */ });
/* unused harmony exports DEFAULT_EXCEPTIONS_FILE, parseExceptions */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7406);




/** Where the exceptions file is looked for when none is named. */
const DEFAULT_EXCEPTIONS_FILE = '.container-security-gate/exceptions.yaml';
const FIELDS = ['id', 'path', 'image', 'package', 'reason', 'expires', 'by'];
/**
 * Reads the exceptions file under `root`. A missing file is no exceptions
 * when it is the default one, and an error when the user named it.
 */
async function loadExceptions(root, file = DEFAULT_EXCEPTIONS_FILE) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, file), 'utf8');
    }
    catch (error) {
        const missing = error.code === 'ENOENT';
        if (missing &&
            node_path__WEBPACK_IMPORTED_MODULE_1__.normalize(file) === node_path__WEBPACK_IMPORTED_MODULE_1__.normalize(DEFAULT_EXCEPTIONS_FILE)) {
            return undefined;
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`exceptions-file: cannot read ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorText */ .kc)(error)}. Name an existing YAML file relative to the repository, or remove the setting.`, 'exceptions-file', { cause: error });
    }
    return { file, entries: parseExceptions(text, file) };
}
/**
 * Parses and validates the file's text. Every error names the file, the
 * entry (`exceptions[2]`) and the field, and says what is accepted.
 */
function parseExceptions(text, file) {
    const fail = (where, what) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${file}: ${where}: ${what}`, 'exceptions-file');
    };
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text);
    }
    catch (error) {
        return fail('not valid YAML', (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorText */ .kc)(error));
    }
    if (doc === null || doc === undefined)
        return [];
    if (!isRecord(doc) || !Array.isArray(doc['exceptions'])) {
        return fail('top level', 'expected a mapping with an `exceptions:` list');
    }
    return doc['exceptions'].map((raw, index) => parseEntry(raw, index, (field, what) => fail(`exceptions[${index}]${field ? `.${field}` : ''}`, what)));
}
function parseEntry(raw, index, fail) {
    if (!isRecord(raw))
        return fail('', 'expected a mapping with id, reason and expires');
    for (const key of Object.keys(raw)) {
        if (!FIELDS.includes(key))
            fail(key, `unknown field; accepted fields: ${FIELDS.join(', ')}`);
    }
    const text = (field, required) => {
        const value = raw[field];
        if (value === undefined || value === null) {
            return required ? fail(field, requiredText(field)) : undefined;
        }
        if (typeof value !== 'string' && typeof value !== 'number') {
            return fail(field, `expected text, got ${typeof value}`);
        }
        const trimmed = String(value).trim();
        return trimmed === '' && required
            ? fail(field, requiredText(field))
            : trimmed || undefined;
    };
    const expires = text('expires', true);
    if (!isIsoDate(expires)) {
        fail('expires', `expected a date as YYYY-MM-DD (for example 2025-12-31), got "${expires}"`);
    }
    const entry = {
        index,
        id: text('id', true),
        path: text('path', false),
        image: text('image', false),
        package: text('package', false),
        reason: text('reason', true),
        expires,
        by: text('by', false)
    };
    return Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined));
}
function requiredText(field) {
    const what = {
        id: 'required: the rule id or CVE to accept (for example CVE-2024-1234 or CSG-D1)',
        reason: 'required: a sentence saying why the risk is accepted',
        expires: 'required: the last day the exception applies, as YYYY-MM-DD'
    };
    return what[field] ?? 'required';
}
// A real calendar date: 2025-02-30 reads as a date but is not one.
function isIsoDate(value) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
        return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 4864:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ imageName)
/* harmony export */ });
/**
 * An image reference without its tag or digest:
 * `ghcr.io/acme/api:1.2@sha256:..` -> `ghcr.io/acme/api`. A registry port
 * (`localhost:5000/app`) is kept: only a colon after the last slash is a tag.
 */
function imageName(ref) {
    const noDigest = ref.split('@')[0] ?? ref;
    const slash = noDigest.lastIndexOf('/');
    const colon = noDigest.lastIndexOf(':');
    return colon > slash ? noDigest.slice(0, colon) : noDigest;
}


/***/ }),

/***/ 1225:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S4: () => (/* binding */ judge)
});

// UNUSED EXPORTS: compareFindings, decide, describeFinding

// EXTERNAL MODULE: ./build/src/findings/index.js + 2 modules
var src_findings = __webpack_require__(4948);
// EXTERNAL MODULE: ./build/src/judge/baseline.js
var judge_baseline = __webpack_require__(1754);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
// EXTERNAL MODULE: ./build/src/judge/image.js
var judge_image = __webpack_require__(4864);
// EXTERNAL MODULE: ./build/src/judge/exceptions-file.js
var exceptions_file = __webpack_require__(3462);
;// CONCATENATED MODULE: ./build/src/judge/exceptions.js



/**
 * Marks findings matched by an active exception as suppressed. Expired
 * exceptions suppress nothing and are listed; so are active ones that
 * matched nothing. A finding already suppressed keeps its suppression.
 */
function applyExceptions(findings, exceptions, today) {
    const day = today.toISOString().slice(0, 10);
    const active = exceptions.entries.filter((e) => e.expires >= day);
    const expired = exceptions.entries.filter((e) => e.expires < day);
    const matchers = active.map((entry) => ({ entry, matches: matcher(entry) }));
    const used = new Set();
    const out = findings.map((finding) => {
        const hit = matchers.find((m) => m.matches(finding));
        if (!hit)
            return finding;
        used.add(hit.entry);
        if (finding.suppression)
            return finding;
        return {
            ...finding,
            suppression: suppressionOf(hit.entry, exceptions.file)
        };
    });
    const unused = active.filter((e) => !used.has(e));
    const name = (e) => `${exceptions.file} exceptions[${e.index}] (${e.id})`;
    const notes = [
        ...expired.map((e) => `Expired exception no longer suppresses: ${name(e)} expired on ${e.expires}; renew it with a new date and reason, or fix the finding.`),
        ...unused.map((e) => `Unused exception: ${name(e)} matched no finding; remove it if the problem is gone.`)
    ];
    return { findings: out, expired, unused, notes };
}
function suppressionOf(entry, file) {
    return {
        kind: 'exceptions-file',
        reason: entry.reason,
        by: entry.by ?? `${file} exceptions[${entry.index}]`,
        until: entry.expires
    };
}
// An entry matches on its id (any case) and on every optional field given.
function matcher(entry) {
    const id = entry.id.toUpperCase();
    const path = entry.path ? picomatch(entry.path, { dot: true }) : undefined;
    const image = entry.image ? picomatch(entry.image, { dot: true }) : undefined;
    const pkg = entry.package
        ? picomatch(entry.package, { dot: true })
        : undefined;
    return (finding) => {
        if (finding.rule.id.toUpperCase() !== id)
            return false;
        if (path && !(finding.location.path && path(finding.location.path))) {
            return false;
        }
        const ref = finding.location.image?.ref;
        if (image && !(ref && (image(ref) || image((0,judge_image/* imageName */.t)(ref)))))
            return false;
        return !pkg || (finding.package !== undefined && pkg(finding.package.name));
    };
}

// EXTERNAL MODULE: ./build/src/judge/counts.js
var judge_counts = __webpack_require__(9973);
// EXTERNAL MODULE: ./build/src/judge/order.js
var order = __webpack_require__(5161);
;// CONCATENATED MODULE: ./build/src/judge/scanner-failure.js
// What a user can usually do about each kind of failure, used when the
// scanner gave no hint of its own.
const FIXES = {
    NOT_FOUND: 'install it on PATH or let the gate download its pinned version (check the tools settings)',
    SPAWN_FAILED: 'check that the executable can run on this runner (permissions, architecture)',
    TIMED_OUT: 'raise the scanner timeout, or warm the Trivy database cache / use a Trivy server',
    EXIT_CODE: 'read the tool output above in the log and correct its input',
    BAD_OUTPUT: 'check that the tool version is supported; the output could not be read',
    INSTALL_FAILED: 'check the download base URL and network access to it, or put the tool on PATH',
    NETWORK: 'check network access to the registry or database mirror from this runner',
    REGISTRY_AUTH: 'provide registry credentials through the environment (for example a docker login before this step)'
};
/**
 * One sentence on a failed scanner: which one, on what, why (its error and
 * the telling stderr line) and how to fix it.
 */
function describeFailure(outcome) {
    const { error } = outcome;
    // The tool's line only when the message does not quote it already.
    const line = error.details.stderrLine;
    const said = line && !error.message.includes(line.slice(0, 60))
        ? ` ${outcome.tool} said: "${line}".`
        : '';
    const code = error.details.exitCode;
    const exit = code === undefined ? '' : ` (exit code ${code})`;
    const fix = error.details.hint ?? FIXES[error.code];
    return `Scanner ${outcome.scanner} (${outcome.tool}) on ${outcome.target.kind} ${outcome.target.name} could not run${exit}: ${stripPeriod(error.message)}.${said} To fix: ${stripPeriod(fix)}.`;
}
function stripPeriod(text) {
    return text.trim().replace(/\.$/, '');
}

;// CONCATENATED MODULE: ./build/src/judge/gate.js




/** How many blocking findings a reason names as examples. */
const EXAMPLES = 3;
/**
 * Decides pass or fail from findings and outcomes, without side effects.
 * A failed scanner (exit 3) wins over blocking findings (exit 1), so a
 * broken scan is never mistaken for one that merely found problems.
 */
function decide(findings, outcomes, options) {
    const failed = outcomes.filter((o) => o.status === 'failed');
    const blocking = findings
        .filter((f) => blocks(f, options))
        .sort(order/* compareFindings */.Eg);
    const counts = (0,judge_counts/* countFindings */.Gt)(findings, blocking.length);
    const reasons = failed.map((outcome) => options.failOnScannerError
        ? describeFailure(outcome)
        : `Warning (not failing: scanner errors are allowed): ${describeFailure(outcome)}`);
    reasons.push(findingsReason(blocking, options));
    if (counts.suppressed > 0) {
        reasons.push(`${counts.suppressed} suppressed finding(s) did not count.`);
    }
    const scannerFailed = failed.length > 0 && options.failOnScannerError;
    const status = scannerFailed
        ? 'failed-scanner'
        : blocking.length > 0
            ? 'failed-findings'
            : 'passed';
    const exitCode = scannerFailed ? 3 : blocking.length > 0 ? 1 : 0;
    return {
        status,
        exitCode,
        reasons,
        blocking,
        counts,
        threshold: options.threshold
    };
}
// With failOn 'new', anything not known to be in the baseline blocks:
// a finding without a baseline state fails closed.
function blocks(finding, options) {
    if (finding.suppression)
        return false;
    if (!(0,src_findings/* isAtLeast */.du)(finding.severity, options.threshold))
        return false;
    return options.failOn === 'all' || finding.baselineState !== 'unchanged';
}
function findingsReason(blocking, options) {
    const scope = options.failOn === 'new' ? 'new ' : '';
    if (blocking.length === 0) {
        return `No unsuppressed ${scope}findings at or above ${options.threshold}.`;
    }
    const bySeverity = (0,judge_counts/* emptySeverityCounts */.Fk)();
    for (const finding of blocking)
        bySeverity[finding.severity]++;
    const examples = blocking.slice(0, EXAMPLES).map(order/* describeFinding */.jb);
    const more = blocking.length > EXAMPLES ? `, and ${blocking.length - EXAMPLES} more` : '';
    return `${blocking.length} ${scope}finding(s) at or above ${options.threshold} (${(0,judge_counts/* describeCounts */.wv)(bySeverity)}): ${examples.join('; ')}${more}.`;
}

;// CONCATENATED MODULE: ./build/src/judge/index.js






/**
 * Filters by minimum severity, applies the exceptions file and the
 * baseline, then gates. Bad exceptions or baseline files throw UserError.
 */
async function judge(outcomes, config, options) {
    const { logger } = options;
    const notes = [];
    const all = outcomes.flatMap((o) => o.status === 'skipped' ? [] : (o.findings ?? []));
    // A finding that can fail the gate is never dropped, even below the
    // reporting minimum: what blocks must be shown.
    let findings = all.filter((f) => (0,src_findings/* isAtLeast */.du)(f.severity, config.minSeverity) ||
        (0,src_findings/* isAtLeast */.du)(f.severity, config.severityThreshold));
    const dropped = all.length - findings.length;
    if (dropped > 0) {
        notes.push(`${dropped} finding(s) below ${config.minSeverity} were left out of the report.`);
    }
    const exceptions = config.exceptionsFile
        ? await (0,exceptions_file/* loadExceptions */.Rz)(config.path, config.exceptionsFile)
        : undefined;
    if (exceptions) {
        const applied = applyExceptions(findings, exceptions, options.today);
        findings = applied.findings;
        notes.push(...applied.notes);
        logger.info(`Exceptions: ${exceptions.entries.length} in ${exceptions.file}, ${applied.expired.length} expired, ${applied.unused.length} unused.`);
        for (const note of applied.notes)
            logger.warning(note);
    }
    let absent = [];
    if (config.baseline) {
        const baseline = await (0,judge_baseline/* loadBaseline */.oU)(config.baseline);
        const compared = (0,judge_baseline/* compareWithBaseline */.$_)(findings, baseline);
        findings = compared.findings;
        absent = compared.absent;
        if (baseline.unreadable > 0) {
            notes.push(`${baseline.unreadable} result(s) of the baseline ${config.baseline} carry no fingerprint of this gate and were not compared.`);
        }
        logger.info(`Baseline: ${baseline.findings.size} finding(s) in ${config.baseline}; ${findings.filter((f) => f.baselineState === 'new').length} new, ${absent.length} gone.`);
    }
    else if (config.failOn === 'new') {
        notes.push('fail-on is "new" but no baseline-sarif was given: every finding counts as new.');
    }
    const verdict = decide(findings, outcomes, {
        threshold: config.severityThreshold,
        failOnScannerError: config.failOnScannerError,
        failOn: config.failOn
    });
    logger.info(`Verdict: ${verdict.status} (exit ${verdict.exitCode}).`);
    return { findings, verdict, notes, dropped, absent };
}


/***/ }),

/***/ 5161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ placeOf),
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   jb: () => (/* binding */ describeFinding),
/* harmony export */   n6: () => (/* binding */ compareText)
/* harmony export */ });
/* harmony import */ var _findings_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4948);

/**
 * Orders findings the same way everywhere: most severe first, then highest
 * score, then by rule, place and fingerprint so that output is stable.
 */
function compareFindings(a, b) {
    return ((0,_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .compareSeverityDesc */ .qd)(a.severity, b.severity) ||
        b.score - a.score ||
        compareText(a.rule.id, b.rule.id) ||
        compareText(placeOf(a), placeOf(b)) ||
        (a.location.region?.startLine ?? 0) - (b.location.region?.startLine ?? 0) ||
        compareText(a.fingerprint, b.fingerprint));
}
/** Code-point order, independent of the locale. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Where a finding is, in one short string: a path, an image, or the target. */
function placeOf(finding) {
    return finding.location.path ?? finding.location.image?.ref ?? finding.target;
}
/** `CVE-2024-1 (HIGH) in openssl 1.1.1 at Dockerfile:3`, for reasons and logs. */
function describeFinding(finding) {
    const pkg = finding.package;
    const version = pkg?.installedVersion ? ` ${pkg.installedVersion}` : '';
    const inPackage = pkg ? ` in ${pkg.name}${version}` : '';
    const line = finding.location.region?.startLine;
    const where = line ? `${placeOf(finding)}:${line}` : placeOf(finding);
    return `${finding.rule.id} (${finding.severity})${inPackage} at ${where}`;
}


/***/ }),

/***/ 1355:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runPipeline)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _findings_rebase_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7670);
/* harmony import */ var _judge_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1225);
/* harmony import */ var _plan_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1737);
/* harmony import */ var _reports_sarif_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1009);
/* harmony import */ var _scanners_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8681);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8009);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_plan_index_js__WEBPACK_IMPORTED_MODULE_3__, _scanners_index_js__WEBPACK_IMPORTED_MODULE_5__]);
([_plan_index_js__WEBPACK_IMPORTED_MODULE_3__, _scanners_index_js__WEBPACK_IMPORTED_MODULE_5__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);







/**
 * One run of the gate: plan, scan (scanners concurrently), judge, and write
 * the SARIF log. Scanner failures come back as outcomes, not exceptions.
 */
async function runPipeline(config, deps) {
    const now = deps.now ?? (() => new Date());
    const startedAt = now();
    const { logger, tools } = deps;
    if (config.registryAuth)
        logger.mask(config.registryAuth.password);
    if (config.trivy.reports.length > 0 &&
        !config.scanners.some((s) => s.startsWith('trivy'))) {
        logger.warning('trivy-reports is set but scanners has neither trivy-fs nor trivy-image, so the reports are not read this run.');
    }
    const plan = await (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_3__/* .buildPlan */ .G)(config, logger);
    const context = { config, plan, logger, tools };
    const scanners = (0,_scanners_index_js__WEBPACK_IMPORTED_MODULE_5__/* .selectScanners */ .k)(config.scanners);
    const outcomes = (await Promise.all(scanners.map((s) => s.scan(context)))).flat();
    const judgement = await (0,_judge_index_js__WEBPACK_IMPORTED_MODULE_2__/* .judge */ .S4)(outcomes, config, { today: now(), logger });
    const root = config.sourceRoot ?? config.path;
    const prefix = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(root, config.path).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    const report = {
        tool: _version_js__WEBPACK_IMPORTED_MODULE_6__/* .TOOL_INFO */ .Y,
        root,
        outcomes,
        findings: (0,_findings_rebase_js__WEBPACK_IMPORTED_MODULE_1__/* .rebaseFindings */ .P)(judgement.findings, prefix),
        verdict: judgement.verdict,
        notes: judgement.notes,
        absent: judgement.absent,
        startedAt,
        finishedAt: now()
    };
    const sarif = await (0,_reports_sarif_index_js__WEBPACK_IMPORTED_MODULE_4__/* .writeSarif */ .lg)(config.sarifFile, report);
    logger.info(`SARIF written to ${config.sarifFile}`);
    return { report, sarif };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 6286:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   Lt: () => (/* binding */ select),
/* harmony export */   S2: () => (/* binding */ isDockerfileName),
/* harmony export */   Yr: () => (/* binding */ isComposeName)
/* harmony export */ });
/* unused harmony export ALWAYS_SKIPPED */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4006);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7406);




/** Folders never searched: version control, dependencies, vendored code. */
const ALWAYS_SKIPPED = [
    '.git',
    'node_modules',
    'vendor',
    'third_party',
    '.venv',
    '__pycache__'
];
// A walk stops after this many files so that a huge monorepo cannot stall
// the plan; the count is reported.
const MAX_FILES = 200_000;
/** Every file under `root`, repository-relative with forward slashes. */
async function listFiles(root, skipDirs) {
    const skipped = new Set(ALWAYS_SKIPPED);
    const skipPaths = new Set(skipDirs.map((d) => toPosix(d).replace(/\/+$/, '')));
    const files = [];
    const queue = [''];
    while (queue.length > 0 && files.length < MAX_FILES) {
        const dir = queue.shift();
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, dir), {
            withFileTypes: true
        }).catch(() => []);
        entries.sort((a, b) => a.name.localeCompare(b.name));
        for (const entry of entries) {
            const rel = dir ? `${dir}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (!skipped.has(entry.name) && !skipPaths.has(rel))
                    queue.push(rel);
            }
            else if (entry.isFile() || (await isFileLinkInside(root, rel))) {
                files.push(rel);
            }
        }
    }
    return { files, truncated: files.length >= MAX_FILES };
}
// A link to a file inside the repository counts as that file (a common
// way to name one Dockerfile twice); one leading outside does not, so a
// scan never reads beyond the repository.
async function isFileLinkInside(root, rel) {
    try {
        const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, rel));
        const inside = !node_path__WEBPACK_IMPORTED_MODULE_1__.relative(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root), target).startsWith('..');
        return inside && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target)).isFile();
    }
    catch {
        return false;
    }
}
const DOCKERFILE_NAME = /^(?:(?:Dockerfile|Containerfile)(?:\.[\w.-]+)?|[\w.-]+\.(?:Dockerfile|dockerfile|Containerfile))$/;
const NOT_DOCKERFILE = /\.(md|txt|dockerignore|sh|ya?ml|json)$/i;
const COMPOSE_NAME = /^(?:docker-)?compose(?:\.[\w-]+)*\.ya?ml$/;
/** True when a file name looks like a Dockerfile. */
function isDockerfileName(file) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(file);
    return DOCKERFILE_NAME.test(base) && !NOT_DOCKERFILE.test(base);
}
/** True when a file name looks like a Compose file. */
function isComposeName(file) {
    return COMPOSE_NAME.test(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(file));
}
/**
 * The files matching `globs` when given, else those `isDefault` accepts.
 * A glob that matches no file is an error naming `input`: a setting that
 * selects nothing would let the scan pass having checked nothing.
 */
function select(files, globs, isDefault, input = 'globs') {
    if (globs.length === 0)
        return files.filter(isDefault);
    for (const glob of globs) {
        const match = picomatch__WEBPACK_IMPORTED_MODULE_3__(toPosix(glob), { dot: true });
        if (!files.some((f) => match(f))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Invalid ${input} entry "${glob}": it matches no file under path (globs are relative to path; .git, node_modules and vendored folders are never searched).`, input);
        }
    }
    const match = picomatch__WEBPACK_IMPORTED_MODULE_3__(globs.map(toPosix), { dot: true });
    return files.filter((f) => match(f));
}
function toPosix(p) {
    return p.replaceAll('\\', '/').replace(/^\.\//, '');
}


/***/ }),

/***/ 1737:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ buildPlan)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7406);
/* harmony import */ var _tools_registry_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(357);
/* harmony import */ var _tools_registry_env_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9228);
/* harmony import */ var _scanners_policy_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9452);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6286);
/* harmony import */ var _pairing_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3385);
/* harmony import */ var _scanners_policy_runlines_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8162);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_scanners_policy_index_js__WEBPACK_IMPORTED_MODULE_5__, _scanners_policy_runlines_index_js__WEBPACK_IMPORTED_MODULE_8__]);
([_scanners_policy_index_js__WEBPACK_IMPORTED_MODULE_5__, _scanners_policy_runlines_index_js__WEBPACK_IMPORTED_MODULE_8__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);









/**
 * Decides what this run scans: the Dockerfiles, Compose files and scripts
 * found or named, and each image with the Dockerfile that builds it.
 */
async function buildPlan(config, logger) {
    const root = config.path;
    const { files, truncated } = await (0,_discover_js__WEBPACK_IMPORTED_MODULE_6__/* .listFiles */ .CS)(root, config.trivy.skipDirs);
    if (truncated) {
        logger.warning(`Stopped looking for files after ${files.length}: name dockerfiles and compose-files explicitly in a repository this large.`);
    }
    const dockerfiles = (0,_discover_js__WEBPACK_IMPORTED_MODULE_6__/* .select */ .Lt)(files, config.dockerfiles, _discover_js__WEBPACK_IMPORTED_MODULE_6__/* .isDockerfileName */ .S2, 'dockerfiles');
    const composeFiles = (0,_discover_js__WEBPACK_IMPORTED_MODULE_6__/* .select */ .Lt)(files, config.composeFiles, _discover_js__WEBPACK_IMPORTED_MODULE_6__/* .isComposeName */ .Yr, 'compose-files');
    const scripts = files.filter(_scanners_policy_runlines_index_js__WEBPACK_IMPORTED_MODULE_8__/* .isScriptCandidate */ .ZT);
    const builds = await (0,_pairing_js__WEBPACK_IMPORTED_MODULE_7__/* .composeBuilds */ .A)(root, composeFiles, logger);
    const images = await Promise.all(config.images.map(async (image) => {
        const planned = await planImage(image, {
            root,
            dockerfiles,
            builds,
            logger
        });
        return config.resolveDigests === false
            ? planned
            : withDigest(planned, config, logger);
    }));
    logger.info(`Plan: ${dockerfiles.length} Dockerfile(s), ${composeFiles.length} Compose file(s), ${scripts.length} script(s), ${images.length} image(s).`);
    return { root, dockerfiles, composeFiles, scripts, images };
}
async function planImage(image, context) {
    const dockerfile = image.dockerfile ?? pairDockerfile(image, context);
    if (!dockerfile)
        return image;
    const fromLine = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(context.root, dockerfile), 'utf8')
        .then((text) => (0,_scanners_policy_index_js__WEBPACK_IMPORTED_MODULE_5__/* .finalStageFromLine */ .bP)(text))
        .catch(() => undefined);
    return { ...image, dockerfile, fromLine };
}
function pairDockerfile(image, { dockerfiles, builds, logger }) {
    const repository = (0,_pairing_js__WEBPACK_IMPORTED_MODULE_7__/* .repositoryOf */ ._)(image.ref);
    const build = builds.find((b) => (0,_pairing_js__WEBPACK_IMPORTED_MODULE_7__/* .repositoryOf */ ._)(b.image) === repository);
    if (build && dockerfiles.includes(build.dockerfile)) {
        logger.info(`Paired ${image.ref} with ${build.dockerfile} (a Compose service builds it).`);
        return build.dockerfile;
    }
    if (dockerfiles.length === 1) {
        logger.info(`Paired ${image.ref} with ${dockerfiles[0]}, the only Dockerfile; write ${image.ref}=PATH in images to choose another.`);
        return dockerfiles[0];
    }
    return undefined;
}
/**
 * Pins a registry image to the digest its tag points at now, so that Trivy
 * scans and cosign verifies the same bytes. When the registry cannot be
 * asked, the tag is kept: the scanners then report their own access errors,
 * which fail the gate, so nothing passes unverified.
 */
async function withDigest(image, config, logger) {
    if (image.archive)
        return image;
    try {
        const { digest } = await (0,_tools_registry_index_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveDigest */ .j)(image.ref, {
            logger,
            env: (0,_tools_registry_env_js__WEBPACK_IMPORTED_MODULE_4__/* .registryEnv */ .D)(config)
        });
        return { ...image, digest };
    }
    catch (error) {
        logger.warning(`Could not resolve ${image.ref} to a digest (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorText */ .kc)(error)}); the scanners will look the tag up themselves.`);
        return image;
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 3385:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ composeBuilds),
/* harmony export */   _: () => (/* binding */ repositoryOf)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);



/** The repository part of an image reference, without tag or digest. */
function repositoryOf(ref) {
    const noDigest = ref.split('@')[0] ?? ref;
    const lastSlash = noDigest.lastIndexOf('/');
    const colon = noDigest.indexOf(':', lastSlash + 1);
    return colon >= 0 ? noDigest.slice(0, colon) : noDigest;
}
/**
 * Reads `image:` and `build:` of each Compose service, so that an image
 * given without a Dockerfile can be paired with the one that builds it.
 * A file that does not parse is left to the policy scanner to report.
 */
async function composeBuilds(root, files, logger) {
    const builds = [];
    for (const file of files) {
        try {
            const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, file), 'utf8');
            const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text, { maxAliasCount: 100 });
            builds.push(...buildsOf(doc, node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(file)));
        }
        catch (error) {
            logger.debug(`Pairing skipped ${file}: ${String(error)}`);
        }
    }
    return builds;
}
function buildsOf(doc, dir) {
    const services = doc?.services;
    if (!services || typeof services !== 'object')
        return [];
    const builds = [];
    for (const service of Object.values(services)) {
        const s = service;
        if (typeof s?.image !== 'string' || !s.build)
            continue;
        const build = typeof s.build === 'string' ? { context: s.build } : s.build;
        const { context = '.', dockerfile = 'Dockerfile' } = build;
        const file = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(dir, context, dockerfile));
        builds.push({ image: s.image, dockerfile: file });
    }
    return builds;
}


/***/ }),

/***/ 8387:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scan: () => (/* binding */ scan)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(507);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3110);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1355);
/* harmony import */ var _reports_console_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4976);
/* harmony import */ var _reports_markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(364);
/* harmony import */ var _tools_resolvers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(906);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_config_load_js__WEBPACK_IMPORTED_MODULE_2__, _pipeline_js__WEBPACK_IMPORTED_MODULE_3__]);
([_config_load_js__WEBPACK_IMPORTED_MODULE_2__, _pipeline_js__WEBPACK_IMPORTED_MODULE_3__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);







/**
 * `container-security-gate scan`: config, one pipeline run, the report on
 * standard output. Returns the verdict's exit code; throws for bad input.
 */
async function scan(command, io, logger) {
    const config = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z)(command.inputs, io);
    const tools = (0,_tools_resolvers_js__WEBPACK_IMPORTED_MODULE_6__/* .cliToolResolver */ .t)(config, logger);
    const { report, sarif } = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_3__/* .runPipeline */ .a)(config, { logger, tools });
    const color = command.color ?? (Boolean(io.stdout.isTTY) && !io.env[_config_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .ENV */ .Km.noColor]);
    io.stdout.write((0,_reports_console_js__WEBPACK_IMPORTED_MODULE_4__/* .toConsoleText */ .I)(report, { color, truncated: sarif.truncated }));
    if (command.markdownFile) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(command.markdownFile, (0,_reports_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .toMarkdownSummary */ .b)(report, { truncated: sarif.truncated }));
    }
    return report.verdict.exitCode;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 4976:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ toConsoleText)
/* harmony export */ });
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2089);
/* harmony import */ var _judge_counts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9973);


const COLORS = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 };
const SEVERITY_COLOR = {
    CRITICAL: 'red',
    HIGH: 'red',
    MEDIUM: 'yellow',
    LOW: 'dim',
    UNKNOWN: 'dim'
};
/**
 * The CLI's report: verdict and reasons first, then scanners, counts,
 * the top findings and notes. Control characters in tool-supplied text
 * are replaced, so a finding cannot drive the terminal.
 */
function toConsoleText(report, options = { color: false }) {
    const paint = (color, text) => options.color ? `\u001b[${COLORS[color]}m${text}\u001b[0m` : text;
    const word = (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictWord */ .E0)(report);
    const { verdict } = report;
    const lines = [
        `${paint('bold', 'Container Security Gate')}: ${paint(word === 'PASSED' ? 'green' : 'red', word)} (exit code ${verdict.exitCode}, threshold ${verdict.threshold})`,
        ...verdict.reasons.map((r) => `  ${safe(r)}`),
        '',
        'Scanners:'
    ];
    for (const o of report.outcomes) {
        const status = o.status.padEnd(7);
        const shown = o.status === 'failed' ? paint('red', status) : status;
        lines.push(`  ${shown} ${o.scanner.padEnd(11)} ${safe(o.target.name)} (${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .durationText */ .S5)(o.durationMs)}): ${safe((0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .outcomeText */ .EL)(o))}`);
    }
    const { counts } = verdict;
    const bySeverity = (0,_judge_counts_js__WEBPACK_IMPORTED_MODULE_1__/* .describeCounts */ .wv)(counts.bySeverity) || 'none';
    lines.push('', `Findings: ${bySeverity}; ${counts.blocking} blocking, ${counts.suppressed} suppressed.`);
    const shown = (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .topFindings */ .Y8)(report, options.maxFindings ?? 20);
    for (const f of shown) {
        const pkg = (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .packageText */ .qg)(f);
        const fix = (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .fixText */ .Xc)(f);
        const detail = pkg ? ` ${safe(pkg)}${fix ? ` -> ${safe(fix)}` : ''}` : '';
        lines.push(`  ${paint(SEVERITY_COLOR[f.severity], f.severity.padEnd(8))} ${safe(f.rule.id)}${detail} at ${safe((0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .whereText */ .ZF)(f))}`, `           ${safe(oneLine(f.message, 110))}`);
    }
    const unsuppressed = report.findings.filter((f) => !f.suppression).length;
    if (unsuppressed > shown.length) {
        lines.push(`  … and ${unsuppressed - shown.length} more: the SARIF log has every finding.`);
    }
    const notes = [...(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .reportNotes */ .We)(report), ...(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .truncationNotes */ .BX)(options.truncated)];
    if (notes.length > 0)
        lines.push('', 'Notes:', ...notes.map((n) => `  - ${safe(n)}`));
    return lines.join('\n') + '\n';
}
// C0 and C1 controls (ESC included) become `?`; tabs become spaces.
function safe(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/\t/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
// A finding's message on one line, cut to fit a terminal.
function oneLine(text, max) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}


/***/ }),

/***/ 364:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ toMarkdownSummary)
/* harmony export */ });
/* unused harmony export escape */
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2089);

/**
 * The job summary: the verdict and why in its first line, then counts by
 * tool and severity, scanner outcomes, top findings, verified signatures
 * and notes. Tool-supplied text is escaped.
 */
function toMarkdownSummary(report, options = {}) {
    const sections = [
        verdictSection(report),
        countsSection(report),
        scannersSection(report),
        findingsSection(report, options.maxFindings ?? 20),
        signaturesSection(report),
        notesSection(report, options.truncated)
    ];
    return sections.filter((s) => s !== '').join('\n\n') + '\n';
}
function verdictSection(report) {
    const { verdict, tool } = report;
    const why = verdict.reasons.map(escape).join(' ');
    return `**${(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictWord */ .E0)(report)}**: ${why}\n\nContainer Security Gate ${escape(tool.version)}: threshold ${verdict.threshold}, exit code ${verdict.exitCode}.`;
}
function countsSection(report) {
    const { counts } = report.verdict;
    const head = `| Tool | ${_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES_DESC */ .oe.join(' | ')} |`;
    const rule = `|---|${_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES_DESC */ .oe.map(() => '--:').join('|')}|`;
    const rows = Object.entries(counts.bySource)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([source, by]) => `| ${source} | ${_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES_DESC */ .oe.map((s) => by?.[s] ?? 0).join(' | ')} |`);
    const total = `| **Total** | ${_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES_DESC */ .oe.map((s) => counts.bySeverity[s]).join(' | ')} |`;
    return [
        '### Findings by tool and severity',
        '',
        head,
        rule,
        ...rows,
        total,
        '',
        `${counts.total} finding(s) in all: ${counts.blocking} blocking, ${counts.suppressed} suppressed.`
    ].join('\n');
}
function scannersSection(report) {
    if (report.outcomes.length === 0)
        return '';
    const rows = report.outcomes.map((o) => cells(o.scanner, o.target.name, o.status, (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .durationText */ .S5)(o.durationMs), (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .outcomeText */ .EL)(o)));
    return [
        '### Scanners',
        '',
        '| Scanner | Target | Outcome | Duration | Details |',
        '|---|---|---|--:|---|',
        ...rows
    ].join('\n');
}
function findingsSection(report, max) {
    const shown = (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .topFindings */ .Y8)(report, max);
    if (shown.length === 0)
        return '';
    const active = report.findings.filter((f) => !f.suppression).length;
    const rows = shown.map((f) => cells(f.severity, f.rule.id, shorten(f.message, 140), (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .whereText */ .ZF)(f), (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .packageText */ .qg)(f), (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .fixText */ .Xc)(f)));
    return [
        `### Top findings (${shown.length} of ${active} unsuppressed)`,
        '',
        '| Severity | Rule | What | Location | Package | Fixed in |',
        '|---|---|---|---|---|---|',
        ...rows
    ].join('\n');
}
function signaturesSection(report) {
    const lines = report.outcomes.flatMap((o) => o.status === 'ok'
        ? (o.signatures ?? []).map((s) => {
            const digest = s.digest ? ` (${escape(s.digest)})` : '';
            const who = [
                s.identity && `identity ${escape(s.identity)}`,
                s.issuer && `issuer ${escape(s.issuer)}`
            ]
                .filter(Boolean)
                .join(', ');
            return `- ${escape(s.image)}${digest}: ${s.mode}${who ? `, ${who}` : ''}`;
        })
        : []);
    return lines.length
        ? ['### Signatures verified', '', ...lines].join('\n')
        : '';
}
function notesSection(report, truncated) {
    const notes = (0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .reportNotes */ .We)(report).map(escape);
    notes.push(...(0,_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .truncationNotes */ .BX)(truncated));
    return notes.length
        ? ['### Notes', '', ...notes.map((n) => `- ${n}`)].join('\n')
        : '';
}
function cells(...values) {
    return `| ${values.map(escape).join(' | ')} |`;
}
/**
 * Makes tool-supplied text inert in Markdown and HTML: entities for
 * `& < >`, backslashes before Markdown punctuation (table pipes included),
 * and line breaks folded to spaces so a table row stays one row.
 */
function escape(text) {
    return text
        .replace(/\r?\n|\r/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]|~]/g, '\\$&');
}
// Parentheses, `#`, `+` and `!` are left alone: they only mean something at
// the start of a line or after `]`, and every escaped text here is inline
// with its brackets escaped.
function shorten(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}


/***/ }),

/***/ 1009:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lg: () => (/* binding */ writeSarif)
});

// UNUSED EXPORTS: FINGERPRINT_KEY, toSarif

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/judge/order.js
var order = __webpack_require__(5161);
// EXTERNAL MODULE: ./build/src/judge/image.js
var judge_image = __webpack_require__(4864);
;// CONCATENATED MODULE: ./build/src/reports/sarif/groups.js


/** GitHub accepts at most this many runs in one upload. */
const MAX_RUNS = 20;
/**
 * Splits findings and outcomes into run groups, sorted by key. Beyond
 * MAX_RUNS, the groups that sort last (image groups) fold into one
 * `merged` group, which lists what it holds.
 */
function groupRuns(findings, outcomes) {
    const groups = new Map();
    const groupOf = (key) => {
        let group = groups.get(key);
        if (!group) {
            group = { key, findings: [], outcomes: [], mergedFrom: [] };
            groups.set(key, group);
        }
        return group;
    };
    for (const outcome of outcomes)
        groupOf(outcomeKey(outcome)).outcomes.push(outcome);
    for (const finding of findings)
        groupOf(findingKey(finding)).findings.push(finding);
    const sorted = [...groups.values()]
        .map(asFailureGroup)
        .sort((a, b) => (0,order/* compareText */.n6)(a.key, b.key));
    for (const group of sorted)
        group.outcomes.sort(compareOutcomes);
    if (sorted.length <= MAX_RUNS)
        return sorted;
    const kept = sorted.slice(0, MAX_RUNS - 1);
    const merged = {
        key: 'merged',
        findings: [],
        outcomes: [],
        mergedFrom: []
    };
    for (const group of sorted.slice(MAX_RUNS - 1)) {
        merged.findings.push(...group.findings);
        merged.outcomes.push(...group.outcomes);
        merged.mergedFrom.push(group.key);
    }
    return [...kept, merged];
}
// A run of a category tells code scanning the whole truth about it: an
// empty run because the scanner failed would close that category's open
// alerts. Such a group gets a category of its own, `failed/...`, so the
// last good analysis stands while the failure is still reported.
function asFailureGroup(group) {
    const failed = group.findings.length === 0 &&
        group.outcomes.length > 0 &&
        group.outcomes.every((o) => o.status === 'failed');
    return failed ? { ...group, key: `failed/${group.key}` } : group;
}
// Outcomes in a stable order, whatever order the scanners finished in.
function compareOutcomes(a, b) {
    return ((0,order/* compareText */.n6)(a.scanner, b.scanner) ||
        (0,order/* compareText */.n6)(a.target.name, b.target.name) ||
        (0,order/* compareText */.n6)(a.status, b.status));
}
/** The group of a finding, from its source and, for Trivy, its image. */
function findingKey(finding) {
    switch (finding.source) {
        case 'trivy':
            return finding.location.image
                ? `trivy-image/${imageSlug(finding.location.image.ref)}`
                : 'trivy-fs';
        case 'sarif':
            return `sarif/${slug(finding.target)}`;
        default:
            return finding.source;
    }
}
function outcomeKey(outcome) {
    return outcome.scanner === 'trivy-image' && outcome.target.kind === 'image'
        ? `trivy-image/${imageSlug(outcome.target.name)}`
        : outcome.scanner;
}
/**
 * An image reference without its tag or digest, as a category-safe word:
 * `ghcr.io/acme/api:1.2@sha256:..` becomes `ghcr.io-acme-api`. Tags are left
 * out so that a category stays the same from one commit's tag to the next.
 */
function imageSlug(ref) {
    return slug((0,judge_image/* imageName */.t)(ref));
}
function slug(text) {
    return (text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'root');
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./build/src/reports/sarif/limits.js

/** GitHub's published limits; a megabyte read as 10^6 bytes to be safe. */
const GITHUB_LIMITS = {
    resultsPerRun: 25_000,
    gzipBytes: 10_000_000
};
/**
 * The gzipped size of `text`, at most `limit` when it fits. Level 1 is
 * tried first: it is several times faster and never smaller than the
 * default level, so a fit at level 1 is a fit for any uploader.
 */
function gzipSize(text, limit) {
    const buffer = Buffer.from(text, 'utf8');
    const fast = (0,external_node_zlib_.gzipSync)(buffer, { level: external_node_zlib_.constants.Z_BEST_SPEED }).length;
    if (fast <= limit)
        return fast;
    return (0,external_node_zlib_.gzipSync)(buffer).length;
}

// EXTERNAL MODULE: ./build/src/judge/baseline.js
var baseline = __webpack_require__(1754);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
;// CONCATENATED MODULE: ./build/src/reports/sarif/level.js

/** Five severities folded into SARIF's three levels. */
function levelOf(severity) {
    switch (severity) {
        case 'CRITICAL':
        case 'HIGH':
            return 'error';
        case 'MEDIUM':
            return 'warning';
        case 'LOW':
        case 'UNKNOWN':
            return 'note';
        default:
            return (0,errors/* assertNever */.xb)(severity);
    }
}

;// CONCATENATED MODULE: ./build/src/reports/sarif/location.js


/** The base every artifact URI is relative to: the repository root. */
const SRCROOT = '%SRCROOT%';
/**
 * The one primary location of a finding, relative to the repository root.
 *
 * GitHub needs a physical file location on every result, but an image
 * finding whose Dockerfile is unknown has no file in the repository. Such a
 * finding gets the image's name (tag and digest left out, so the location
 * stays put from one build to the next) as a path at line 1, and the full
 * reference as a logical location. GitHub shows the alert without a code
 * snippet; the image itself stays readable in the logical location, the
 * message and the result's properties.
 */
function toLocation(finding, root) {
    const { location } = finding;
    const image = location.image;
    const logicalLocations = image
        ? [
            {
                name: (0,judge_image/* imageName */.t)(image.ref),
                fullyQualifiedName: image.digest && !image.ref.includes('@')
                    ? `${image.ref}@${image.digest}`
                    : image.ref,
                kind: 'module'
            }
        ]
        : undefined;
    const file = location.path ?? (image ? (0,judge_image/* imageName */.t)(image.ref) : finding.target);
    const region = location.path && location.region ? location.region : undefined;
    return {
        physicalLocation: {
            artifactLocation: { uri: toUri(file, root), uriBaseId: SRCROOT },
            region: toRegion(region)
        },
        ...(logicalLocations ? { logicalLocations } : {})
    };
}
/**
 * A repository-relative path as a relative URI reference: forward slashes,
 * each segment percent-encoded, so `a:b` or spaces never read as a scheme
 * or break the URI.
 */
function toUri(file, root) {
    const absolute = external_node_path_.isAbsolute(file);
    const relative = absolute ? external_node_path_.relative(root, file) : file;
    const clean = relative
        .replaceAll('\\', '/')
        .split('/')
        .filter((s) => s !== '' && s !== '.');
    return clean.map(encodeURIComponent).join('/') || '.';
}
// SARIF lines and columns start at 1; an end before its start is dropped
// rather than written as an invalid region.
function toRegion(region) {
    const startLine = Math.max(1, Math.trunc(region?.startLine ?? 1));
    const startColumn = region?.startColumn && region.startColumn >= 1
        ? region.startColumn
        : undefined;
    const endLine = region?.endLine && region.endLine >= startLine ? region.endLine : undefined;
    const endsLater = (endLine ?? startLine) > startLine ||
        (region?.endColumn ?? 0) > (startColumn ?? 0);
    const endColumn = startColumn && region?.endColumn && endsLater ? region.endColumn : undefined;
    return {
        startLine,
        ...(startColumn ? { startColumn } : {}),
        ...(endLine ? { endLine } : {}),
        ...(endColumn ? { endColumn } : {})
    };
}

;// CONCATENATED MODULE: ./build/src/reports/sarif/result.js



/** The partialFingerprints key our fingerprints are written under. */
const FINGERPRINT_KEY = baseline/* BASELINE_KEY */.Ai;
/** One finding as a result referring to its rule by index. */
function toResult(finding, ruleIndex, root, withBaseline) {
    const { suppression, baselineState } = finding;
    return {
        ruleId: finding.rule.id,
        ruleIndex,
        level: levelOf(finding.severity),
        message: { text: finding.message || finding.rule.title },
        locations: [toLocation(finding, root)],
        partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
        ...(suppression ? { suppressions: [toSuppression(suppression)] } : {}),
        ...(withBaseline ? { baselineState: baselineState ?? 'new' } : {}),
        properties: propertiesOf(finding)
    };
}
function toSuppression(suppression) {
    const by = suppression.by ? ` (by ${suppression.by})` : '';
    const until = suppression.until ? `, until ${suppression.until}` : '';
    return {
        kind: suppression.kind === 'inline' ? 'inSource' : 'external',
        status: 'accepted',
        justification: `${suppression.reason}${by}${until}`
    };
}
// What a reader of the log (or our baseline reader) needs to rebuild the
// finding: its own severity and score, source, kind, target and package.
function propertiesOf(finding) {
    const { package: pkg, location } = finding;
    return {
        severity: finding.severity,
        score: finding.score,
        source: finding.source,
        kind: finding.kind,
        target: finding.target,
        ...(location.image ? { image: { ...location.image } } : {}),
        ...(pkg ? { package: { ...pkg } } : {}),
        ...(finding.suppression
            ? { suppressionKind: finding.suppression.kind }
            : {})
    };
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./build/src/reports/sarif/rules.js

/** GitHub reads at most this many tags on a rule. */
const MAX_TAGS = 20;
/**
 * The rule descriptors of one run, sorted by id, and each rule's index.
 * `findings` must be sorted most severe first: a rule takes its text from
 * its first finding and its security-severity from its highest score.
 */
function toRules(findings) {
    const first = new Map();
    const maxScore = new Map();
    for (const finding of findings) {
        const id = finding.rule.id;
        if (!first.has(id))
            first.set(id, finding);
        maxScore.set(id, Math.max(maxScore.get(id) ?? 0, finding.score));
    }
    const ids = [...first.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const rules = ids.map((id) => toRule(first.get(id), maxScore.get(id) ?? 0));
    return { rules, index: new Map(ids.map((id, i) => [id, i])) };
}
function toRule(finding, score) {
    const { rule } = finding;
    // `security` first so that GitHub's cap on tags never drops it.
    const tags = [...new Set(['security', ...rule.tags, finding.kind])];
    const help = rule.help || rule.title;
    return {
        id: rule.id,
        ...nameOf(rule.id, rule.title),
        shortDescription: { text: rule.title || rule.id },
        fullDescription: { text: help },
        help: { text: help, markdown: rule.helpMarkdown ?? escapeMarkdown(help) },
        ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
        defaultConfiguration: { level: levelOf(rule.defaultSeverity) },
        properties: {
            'security-severity': clampScore(score).toFixed(1),
            precision: rule.precision,
            tags: tags.slice(0, MAX_TAGS),
            ...(rule.peers?.length ? { peers: [...rule.peers] } : {})
        }
    };
}
/** A PascalCase name from the title (`Run as root` -> `RunAsRoot`). */
function ruleName(id, title) {
    const words = title.match(/[A-Za-z0-9]+/g) ?? id.match(/[A-Za-z0-9]+/g) ?? [];
    const name = words
        .slice(0, 12)
        .map((w) => w[0]?.toUpperCase() + w.slice(1))
        .join('');
    return /^[A-Za-z]/.test(name) ? name : `Rule${name}`;
}
// The Multitool rejects a name equal to the id (ignoring case), as a custom
// Trivy secret rule `mysecret` titled "My Secret" would give: leave it out.
function nameOf(id, title) {
    const name = ruleName(id, title);
    return name.toLowerCase() === id.toLowerCase() ? {} : { name };
}
function clampScore(score) {
    return Number.isFinite(score) ? Math.min(10, Math.max(0, score)) : 0;
}
function escapeMarkdown(text) {
    return text.replace(/[\\`*_{}[\]<>()#+!|]/g, '\\$&');
}

;// CONCATENATED MODULE: ./build/src/reports/sarif/run.js




/** Pages about the tools we run, for their tool components. */
const TOOL_URIS = {
    trivy: 'https://trivy.dev/',
    cosign: 'https://github.com/sigstore/cosign'
};
/** One run: the gate as driver, the tool behind it as an extension. */
function toRun(input, report) {
    const { group, findings } = input;
    const { rules, index } = toRules(findings);
    const results = findings.map((f) => toResult(f, index.get(f.rule.id) ?? 0, report.root, input.withBaseline));
    const extensions = extensionsOf(group.outcomes);
    return {
        tool: {
            driver: {
                name: report.tool.name,
                version: report.tool.version,
                semanticVersion: report.tool.version,
                informationUri: report.tool.informationUri,
                rules
            },
            ...(extensions.length ? { extensions } : {})
        },
        automationDetails: { id: `${report.tool.name}/${group.key}/` },
        originalUriBaseIds: { '%SRCROOT%': { uri: rootUri(report.root) } },
        invocations: [
            {
                executionSuccessful: group.outcomes.every((o) => o.status !== 'failed'),
                toolExecutionNotifications: notificationsOf(input),
                startTimeUtc: report.startedAt.toISOString(),
                endTimeUtc: report.finishedAt.toISOString()
            }
        ],
        results,
        columnKind: 'utf16CodeUnits'
    };
}
function extensionsOf(outcomes) {
    const byName = new Map();
    for (const outcome of outcomes) {
        const uri = TOOL_URIS[outcome.tool];
        if (!uri || byName.has(outcome.tool))
            continue;
        byName.set(outcome.tool, {
            name: outcome.tool,
            ...(outcome.toolVersion ? { version: outcome.toolVersion } : {}),
            informationUri: uri
        });
    }
    return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}
function notificationsOf(input) {
    const { group, cuts } = input;
    const out = [];
    const note = (level, text) => {
        out.push({ level, message: { text } });
    };
    for (const outcome of group.outcomes) {
        const on = `${outcome.scanner} on ${outcome.target.name}`;
        if (outcome.status === 'failed') {
            const line = outcome.error.details.stderrLine;
            const quoted = line && outcome.error.message.includes(line.slice(0, 60));
            const said = line && !quoted ? ` ${outcome.tool} said: ${line}` : '';
            note('error', `${on} could not run: ${outcome.error.message}.${said}`);
        }
        else if (outcome.status === 'skipped') {
            note('note', `${on} was skipped: ${outcome.reason}`);
        }
        else {
            for (const text of outcome.notes ?? [])
                note('note', `${on}: ${text}`);
        }
    }
    if (group.mergedFrom.length > 0) {
        note('warning', `GitHub accepts at most ${MAX_RUNS} runs in one log, so ${group.mergedFrom.length} target groups share this run: ${group.mergedFrom.join(', ')}.`);
    }
    if (cuts.byCount > 0) {
        note('warning', `${cuts.byCount} least severe result(s) were left out: GitHub accepts at most 25000 results in one run.`);
    }
    if (cuts.bySize > 0) {
        note('warning', `${cuts.bySize} least severe result(s) were left out to keep the gzipped log under GitHub's 10 MB limit.`);
    }
    for (const text of input.logNotes)
        note('warning', text);
    return out;
}
// The repository root as an absolute file URI ending in a slash, as
// originalUriBaseIds requires for a base.
function rootUri(root) {
    const href = (0,external_node_url_.pathToFileURL)(root).href;
    return href.endsWith('/') ? href : `${href}/`;
}

;// CONCATENATED MODULE: ./build/src/reports/sarif/index.js








const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The report as one SARIF 2.1.0 log within GitHub's limits. */
function toSarif(report, options = {}) {
    return render(report, options).log;
}
/** Writes the log to `file` (folders created) and says what it holds. */
async function writeSarif(file, report, options = {}) {
    const rendered = render(report, options);
    await (0,promises_.mkdir)(external_node_path_.dirname(file), { recursive: true });
    await (0,promises_.writeFile)(file, rendered.text);
    return {
        path: file,
        runs: rendered.log.runs.length,
        results: rendered.log.runs.reduce((n, r) => n + r.results.length, 0),
        bytes: Buffer.byteLength(rendered.text),
        gzipBytes: rendered.gzipBytes,
        truncated: rendered.truncated
    };
}
function render(report, options) {
    const limits = options.limits ?? GITHUB_LIMITS;
    const absent = options.includeAbsent ? (report.absent ?? []) : [];
    const withBaseline = absent.length > 0 ||
        (report.absent?.length ?? 0) > 0 ||
        report.findings.some((f) => f.baselineState !== undefined);
    const findings = [
        ...report.findings,
        ...absent.map((f) => ({ ...f, baselineState: 'absent' }))
    ];
    const plans = groupRuns(findings, report.outcomes).map((group) => {
        const sorted = group.findings.slice().sort(order/* compareFindings */.Eg);
        const kept = sorted.slice(0, limits.resultsPerRun);
        return { group, kept, byCount: sorted.length - kept.length };
    });
    const dropped = new Set();
    // Each pass cuts the least severe results by an estimate of the excess;
    // the estimate is usually right at once, so this rarely loops twice.
    for (;;) {
        const log = assemble(plans, dropped, report, withBaseline);
        const text = JSON.stringify(log);
        const gzipBytes = gzipSize(text, limits.gzipBytes);
        const fits = gzipBytes <= limits.gzipBytes;
        if (fits ||
            !cutForSize(plans, dropped, text, gzipBytes, limits, report.root)) {
            const truncated = {
                resultsPerRun: plans.reduce((n, p) => n + p.byCount, 0),
                locationsPerResult: 0,
                bySize: dropped.size,
                mergedGroups: plans.reduce((n, p) => n + p.group.mergedFrom.length, 0)
            };
            if (!fits) {
                throw new Error(`The SARIF log is ${gzipBytes} bytes gzipped even without results, over the ${limits.gzipBytes} byte limit`);
            }
            return { log, text, gzipBytes, truncated };
        }
    }
}
function assemble(plans, dropped, report, withBaseline) {
    const runs = plans.map((plan, i) => {
        const findings = plan.kept.filter((f) => !dropped.has(f));
        const cuts = {
            byCount: plan.byCount,
            bySize: plan.kept.length - findings.length
        };
        const logNotes = i === 0 ? report.notes : [];
        return toRun({ group: plan.group, findings, cuts, logNotes, withBaseline }, report);
    });
    return { $schema: SCHEMA_URI, version: '2.1.0', runs };
}
// Adds the least severe remaining results to `dropped` until their
// serialised size covers the estimated excess. False when nothing is left.
function cutForSize(plans, dropped, text, gzipBytes, limits, root) {
    const ratio = gzipBytes / Buffer.byteLength(text);
    // Aim a little under the limit so that a slightly low estimate still fits.
    const excess = (gzipBytes - limits.gzipBytes * 0.97) / ratio;
    const candidates = plans
        .flatMap((p) => p.kept.filter((f) => !dropped.has(f)))
        .sort((a, b) => (0,order/* compareFindings */.Eg)(b, a));
    if (candidates.length === 0)
        return false;
    let cut = 0;
    for (const finding of candidates) {
        dropped.add(finding);
        cut += JSON.stringify(toResult(finding, 0, root, false)).length;
        if (cut >= excess)
            break;
    }
    return true;
}


/***/ }),

/***/ 2089:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ truncationNotes),
/* harmony export */   E0: () => (/* binding */ verdictWord),
/* harmony export */   EL: () => (/* binding */ outcomeText),
/* harmony export */   S5: () => (/* binding */ durationText),
/* harmony export */   We: () => (/* binding */ reportNotes),
/* harmony export */   Xc: () => (/* binding */ fixText),
/* harmony export */   Y8: () => (/* binding */ topFindings),
/* harmony export */   ZF: () => (/* binding */ whereText),
/* harmony export */   oe: () => (/* binding */ SEVERITIES_DESC),
/* harmony export */   qg: () => (/* binding */ packageText)
/* harmony export */ });
/* harmony import */ var _findings_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4948);
/* harmony import */ var _judge_order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5161);


/** Severities from the most severe down, as tables list them. */
const SEVERITIES_DESC = [..._findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC].reverse();
/** `PASSED` or `FAILED`: the one word a reader looks for first. */
function verdictWord(report) {
    return report.verdict.exitCode === 0 ? 'PASSED' : 'FAILED';
}
/** The unsuppressed findings, most severe first, at most `max`. */
function topFindings(report, max) {
    return report.findings
        .filter((f) => !f.suppression)
        .sort(_judge_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareFindings */ .Eg)
        .slice(0, max);
}
/** `Dockerfile:12`, or the image when there is no file. */
function whereText(finding) {
    const line = finding.location.region?.startLine;
    const place = (0,_judge_order_js__WEBPACK_IMPORTED_MODULE_1__/* .placeOf */ .$t)(finding);
    return finding.location.path && line ? `${place}:${line}` : place;
}
/** `openssl 1.1.1k-r0`, or an empty string. */
function packageText(finding) {
    const pkg = finding.package;
    if (!pkg)
        return '';
    return pkg.installedVersion ? `${pkg.name} ${pkg.installedVersion}` : pkg.name;
}
/** `1.1.1l-r0`, `no fix yet`, or an empty string when not a package. */
function fixText(finding) {
    if (!finding.package)
        return '';
    return finding.package.fixedVersion || 'no fix yet';
}
/** `1.2 s`, `350 ms`. */
function durationText(ms) {
    return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}
/** What became of a scanner, in a few words. */
function outcomeText(outcome) {
    switch (outcome.status) {
        case 'ok':
            return `${outcome.findings.length} finding(s)`;
        case 'skipped':
            return outcome.reason;
        case 'failed': {
            const line = outcome.error.details.stderrLine;
            return line ? `${outcome.error.message}: ${line}` : outcome.error.message;
        }
    }
}
/** The notes to show: the judge's, gone baseline findings. */
function reportNotes(report) {
    const notes = [...report.notes];
    const absent = report.absent?.length ?? 0;
    if (absent > 0) {
        notes.push(`${absent} finding(s) of the baseline are no longer found.`);
    }
    return notes;
}
/** What GitHub's limits cut from the SARIF log, one sentence each. */
function truncationNotes(truncated) {
    if (!truncated)
        return [];
    const { resultsPerRun, bySize, mergedGroups } = truncated;
    const notes = [];
    if (resultsPerRun > 0)
        notes.push(`SARIF: ${resultsPerRun} result(s) past GitHub's 25,000 per run were left out.`);
    if (bySize > 0)
        notes.push(`SARIF: ${bySize} least severe result(s) were left out to stay under GitHub's 10 MB.`);
    if (mergedGroups > 0)
        notes.push(`SARIF: ${mergedGroups} target group(s) share one run to stay within 20 runs.`);
    return notes;
}


/***/ }),

/***/ 7558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iq: () => (/* binding */ cosignScanner)
});

// UNUSED EXPORTS: COSIGN_ENV, COSIGN_RULES, classifyCosignRun, extractFromRefs, validateCosignConfig

// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./build/src/tools/registry/ref.js
var registry_ref = __webpack_require__(9644);
// EXTERNAL MODULE: ./build/src/tools/registry-env.js
var registry_env = __webpack_require__(9228);
// EXTERNAL MODULE: ./build/src/tools/limit.js
var limit = __webpack_require__(1321);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./build/src/scanners/cosign/secrets.js



/** Environment variables the cosign scanner reads; one place for the names. */
const COSIGN_ENV = {
    /** Password of an encrypted key; cosign reads it itself. */
    keyPassword: 'COSIGN_PASSWORD',
    /** Registry credentials, written into a private Docker config for cosign. */
    registryUsername: 'REGISTRY_USERNAME',
    registryPassword: 'REGISTRY_PASSWORD',
    /** The registry the credentials are for (default: the scanned images'). */
    registryHost: 'REGISTRY_HOST',
    dockerConfig: 'DOCKER_CONFIG'
};
/**
 * Masks every secret cosign may see, and turns REGISTRY_USERNAME and
 * REGISTRY_PASSWORD into a Docker config in a private temporary folder, so
 * the password reaches cosign through a file named by DOCKER_CONFIG and never
 * through its arguments. Credentials go only to `registries`.
 */
async function prepareCosignEnv(registries, logger, env = process.env) {
    const password = env[COSIGN_ENV.registryPassword];
    const username = env[COSIGN_ENV.registryUsername];
    for (const secret of [env[COSIGN_ENV.keyPassword], password]) {
        if (secret)
            logger.mask(secret);
    }
    if (!password || !username)
        return { env: {}, dispose: async () => { } };
    const auth = Buffer.from(`${username}:${password}`).toString('base64');
    logger.mask(auth);
    const hosts = env[COSIGN_ENV.registryHost]
        ? [env[COSIGN_ENV.registryHost]]
        : [...new Set(registries)];
    const config = await existingConfig(env);
    const auths = { ...config.auths };
    for (const host of hosts)
        auths[dockerConfigKey(host)] = { auth };
    const dir = await (0,promises_.mkdtemp)(external_node_path_.join(external_node_os_.tmpdir(), 'csg-cosign-'));
    await (0,promises_.writeFile)(external_node_path_.join(dir, 'config.json'), JSON.stringify({ ...config, auths }), { mode: 0o600 });
    logger.debug(`cosign: registry credentials given for ${hosts.join(', ')}`);
    return {
        env: { [COSIGN_ENV.dockerConfig]: dir },
        dispose: () => (0,promises_.rm)(dir, { recursive: true, force: true })
    };
}
// Keeps the user's own credential helpers and other registries' logins.
async function existingConfig(env) {
    const dir = env[COSIGN_ENV.dockerConfig] ?? external_node_path_.join(external_node_os_.homedir(), '.docker');
    try {
        const parsed = JSON.parse(await (0,promises_.readFile)(external_node_path_.join(dir, 'config.json'), 'utf8'));
        return typeof parsed === 'object' && parsed !== null
            ? parsed
            : {};
    }
    catch {
        return {};
    }
}
// Docker Hub's credentials live under its legacy index URL.
function dockerConfigKey(host) {
    return host === 'docker.io' ? 'https://index.docker.io/v1/' : host;
}

;// CONCATENATED MODULE: ./build/src/scanners/cosign/from-refs.js
/**
 * Every external image named in the FROM lines of a Dockerfile, in order:
 * not `scratch`, not an earlier stage, and not a reference that still holds
 * a build argument without a default (it cannot be verified before build).
 */
function extractFromRefs(text) {
    const defaults = new Map();
    const stages = new Set();
    const refs = [];
    let seenFrom = false;
    for (const { keyword, args, line } of instructions(text)) {
        if (keyword === 'ARG' && !seenFrom) {
            const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/.exec(args.trim());
            if (m?.[1] && m[2] !== undefined)
                defaults.set(m[1], unquote(m[2]));
            continue;
        }
        if (keyword !== 'FROM')
            continue;
        seenFrom = true;
        const words = args.split(/\s+/).filter((w) => w && !w.startsWith('--'));
        const image = substitute(words[0] ?? '', defaults);
        const alias = words[1]?.toUpperCase() === 'AS' ? words[2] : undefined;
        const external = image !== '' &&
            !image.includes('$') &&
            image.toLowerCase() !== 'scratch' &&
            !stages.has(image.toLowerCase());
        if (alias)
            stages.add(alias.toLowerCase());
        if (external)
            refs.push({ ref: image, line });
    }
    return refs;
}
// Joins continuation lines and drops comments, keeping each instruction's
// first line number.
function* instructions(text) {
    const lines = text.split(/\r?\n/);
    const escape = /^#\s*escape\s*=\s*`/i.test(lines[0] ?? '') ? '`' : '\\';
    let buffer = '';
    let start = 0;
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i] ?? '';
        const trimmed = raw.trim();
        if (!buffer && (trimmed === '' || trimmed.startsWith('#')))
            continue;
        if (buffer && trimmed.startsWith('#'))
            continue;
        if (!buffer)
            start = i + 1;
        if (trimmed.endsWith(escape)) {
            buffer += trimmed.slice(0, -1) + ' ';
            continue;
        }
        buffer += trimmed;
        const m = /^(\w+)\s*(.*)$/s.exec(buffer);
        buffer = '';
        if (m?.[1])
            yield { keyword: m[1].toUpperCase(), args: m[2] ?? '', line: start };
    }
}
function substitute(value, defaults) {
    return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced, fallback, bare) => {
        const name = braced ?? bare ?? '';
        return defaults.get(name) ?? fallback ?? whole;
    });
}
function unquote(value) {
    const v = value.trim();
    return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
}

;// CONCATENATED MODULE: ./build/src/scanners/cosign/targets.js




/** The plan's images that live in a registry (archives cannot be verified). */
function imageTargets(plan) {
    return plan.images
        .filter((image) => !image.archive)
        .map((image) => {
        const site = image.dockerfile !== undefined && image.fromLine !== undefined
            ? [{ path: image.dockerfile, line: image.fromLine }]
            : [];
        return {
            ref: image.ref,
            verifyRef: image.digest
                ? (0,registry_ref/* pinnedRef */.I1)((0,registry_ref/* parseImageRef */.Q)(image.ref), image.digest)
                : image.ref,
            digest: image.digest,
            role: 'image',
            sites: site
        };
    });
}
/**
 * Each distinct base image named in a FROM line of the plan's Dockerfiles,
 * with every FROM line that names it. A Dockerfile that cannot be read is
 * reported and skipped; the policy scanner reports it too.
 */
async function baseImageTargets(plan, logger) {
    const byRef = new Map();
    for (const dockerfile of plan.dockerfiles) {
        let text;
        try {
            text = await (0,promises_.readFile)(external_node_path_.join(plan.root, dockerfile), 'utf8');
        }
        catch (error) {
            logger.warning(`cosign: cannot read ${dockerfile}: ${String(error)}`);
            continue;
        }
        for (const { ref, line } of extractFromRefs(text)) {
            const sites = byRef.get(ref) ?? [];
            sites.push({ path: dockerfile, line });
            byRef.set(ref, sites);
        }
    }
    return [...byRef].map(([ref, sites]) => ({
        ref,
        verifyRef: ref,
        digest: parseImageRefSafe(ref)?.digest,
        role: 'base',
        sites
    }));
}
function parseImageRefSafe(ref) {
    try {
        return (0,registry_ref/* parseImageRef */.Q)(ref);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./build/src/scanners/cosign/validate.js
var validate = __webpack_require__(3607);
;// CONCATENATED MODULE: ./build/src/scanners/cosign/codes.js
/**
 * What one cosign run proved about one image. Tests assert on these codes,
 * never on cosign's wording, which changes between releases.
 */
/**
 * Causes that become a finding: the image is not trusted as configured.
 * Every one is CRITICAL, whatever the vulnerability threshold.
 */
const FINDING_CODES = [
    'NO_SIGNATURE',
    'IDENTITY_MISMATCH',
    'ISSUER_MISMATCH',
    'TLOG_MISSING',
    'WRONG_KEY',
    'INVALID_SIGNATURE',
    'CLAIMS_MISMATCH',
    'NO_ATTESTATION'
];
/**
 * Causes that mean cosign could not answer: the scanner failed. An unusable
 * key (INVALID_KEY) is one: nothing about the image was checked, so it must
 * not read as a finding a threshold could let through.
 */
const FAILURE_CODES = (/* unused pure expression or super */ null && ([
    'INVALID_KEY',
    'REGISTRY_AUTH',
    'IMAGE_NOT_FOUND',
    'NETWORK',
    'USAGE',
    'PANIC',
    'CRASH',
    'TIMEOUT',
    'UNKNOWN_OUTPUT'
]));
/** True when `code` is a verification result that becomes a finding. */
function isFindingCode(code) {
    return FINDING_CODES.includes(code);
}
/** True when `code` means cosign could not do its work. */
function isFailureCode(code) {
    return FAILURE_CODES.includes(code);
}

;// CONCATENATED MODULE: ./build/src/scanners/cosign/args.js
/** The trust flags shared by `verify` and `verify-attestation`. */
function trustArgs(c) {
    const args = [];
    if (c.key !== undefined) {
        args.push('--key', c.key);
    }
    else {
        if (c.certificateIdentity !== undefined) {
            args.push('--certificate-identity', c.certificateIdentity);
        }
        if (c.certificateIdentityRegexp !== undefined) {
            args.push('--certificate-identity-regexp', c.certificateIdentityRegexp);
        }
        if (c.certificateOidcIssuer !== undefined) {
            args.push('--certificate-oidc-issuer', c.certificateOidcIssuer);
        }
        if (c.certificateOidcIssuerRegexp !== undefined) {
            args.push('--certificate-oidc-issuer-regexp', c.certificateOidcIssuerRegexp);
        }
    }
    if (c.rekorUrl !== undefined)
        args.push('--rekor-url', c.rekorUrl);
    return args;
}
/** `cosign verify` for one image; the verified payloads go to stdout. */
function verifyArgs(c, image) {
    return ['verify', ...trustArgs(c), '--output', 'json', image];
}
/** `cosign verify-attestation` of one predicate type for one image. */
function verifyAttestationArgs(c, image, type) {
    return ['verify-attestation', ...trustArgs(c), '--type', type, image];
}

// EXTERNAL MODULE: ./build/src/findings/index.js + 2 modules
var findings = __webpack_require__(4948);
;// CONCATENATED MODULE: ./build/src/scanners/cosign/rules.js
const DOCS = 'https://docs.sigstore.dev/cosign/verifying/verify/';
// Every signature rule is CRITICAL: the gate exists to refuse an image
// whose signature was not verified, whatever the vulnerability threshold.
function rule(id, title, help) {
    return {
        id,
        title,
        help,
        helpUri: DOCS,
        defaultSeverity: 'CRITICAL',
        precision: 'very-high',
        tags: ['security', 'supply-chain', 'signature']
    };
}
/** One rule per reason an image's signature is not trusted; all CRITICAL. */
const COSIGN_RULES = {
    NO_SIGNATURE: rule('CSG-SIG-NO-SIGNATURE', 'Image has no cosign signature', 'No signature is attached to this image in its registry. Sign it in the pipeline that builds it (`cosign sign --yes <image>@<digest>`), push the signature to the same registry (or set COSIGN_REPOSITORY where signatures live elsewhere), and verify the digest that was signed.'),
    IDENTITY_MISMATCH: rule('CSG-SIG-IDENTITY-MISMATCH', 'Image was signed by an unexpected identity', 'The signing certificate names a different subject (workflow, e-mail or service account) than `cosign-certificate-identity` / `cosign-certificate-identity-regexp` allows. Check who signed the image; if the signer is legitimate, widen the expected identity, otherwise treat the image as untrusted.'),
    ISSUER_MISMATCH: rule('CSG-SIG-ISSUER-MISMATCH', 'Image was signed through an unexpected OIDC issuer', 'The signing certificate was issued for a token from a different OIDC issuer than `cosign-certificate-oidc-issuer` / `cosign-certificate-oidc-issuer-regexp` allows (for GitHub Actions: https://token.actions.githubusercontent.com). Check the issuer the signer used.'),
    TLOG_MISSING: rule('CSG-SIG-TLOG-MISSING', 'Signature is not in the transparency log', 'The signature verifies but has no entry in the Rekor transparency log, so nobody can audit when it was made. Re-sign with transparency-log upload on (the default since cosign 2.0); only if the image is deliberately signed offline, verify it with a private Rekor instance via `cosign-rekor-url`.'),
    WRONG_KEY: rule('CSG-SIG-WRONG-KEY', 'Image was signed with a different key', 'The image carries a signature, but from a key other than the one configured in `cosign-key`. Check that the configured public key belongs to the signer (key rotation, wrong environment), or treat the image as untrusted.'),
    INVALID_SIGNATURE: rule('CSG-SIG-INVALID-SIGNATURE', 'Image signature does not verify', 'A signature is attached but does not verify against the configured key or certificate: the image or its signature was changed after signing, or it was signed with another key. Rebuild and re-sign the image, and check the configured key.'),
    CLAIMS_MISMATCH: rule('CSG-SIG-CLAIMS-MISMATCH', 'Signature claims do not match the expected annotations', 'The signature verifies but its payload lacks an annotation that verification required. Sign with the expected annotations (`cosign sign -a key=value`) or correct the expected ones.'),
    NO_ATTESTATION: rule('CSG-SIG-NO-ATTESTATION', 'Image has no verified attestation of the required type', 'No attestation of a type listed in `cosign-attestation-types` verifies for this image. Attach one in the build pipeline (`cosign attest --type <type> --predicate <file>`), signed by the same key or identity as the image.')
};

;// CONCATENATED MODULE: ./build/src/scanners/cosign/findings.js




const WHAT = {
    NO_SIGNATURE: 'has no cosign signature',
    IDENTITY_MISMATCH: 'is signed, but not by the expected identity',
    ISSUER_MISMATCH: 'is signed, but through an unexpected OIDC issuer',
    TLOG_MISSING: 'has a signature that is not in the transparency log',
    WRONG_KEY: 'is signed with a different key than the configured one',
    INVALID_SIGNATURE: 'has a signature that does not verify',
    CLAIMS_MISMATCH: 'has a signature whose claims do not match',
    NO_ATTESTATION: 'has no verified attestation of the required type'
};
/**
 * The findings for one verification result: one on each FROM line that
 * names the image, or one on the image itself when no line is known.
 */
function signatureFindings(target, code, detail, attestationType) {
    const rule = COSIGN_RULES[code];
    const kindOf = target.role === 'base' ? 'Base image' : 'Image';
    const type = attestationType ? ` (${attestationType})` : '';
    const message = `${kindOf} ${target.ref} ${WHAT[code]}${type}: ${detail}`;
    const image = { ref: target.ref, digest: target.digest };
    const repo = repositoryOf(target.ref);
    const base = {
        rule,
        source: 'cosign',
        kind: 'signature',
        severity: rule.defaultSeverity,
        score: findings/* DEFAULT_SCORES */.UT[rule.defaultSeverity],
        message,
        target: target.ref
    };
    if (target.sites.length === 0) {
        return [
            {
                ...base,
                location: { image },
                fingerprint: (0,findings/* fingerprintOf */.ax)(rule.id, repo, attestationType)
            }
        ];
    }
    return target.sites.map((site) => ({
        ...base,
        location: { path: site.path, region: { startLine: site.line }, image },
        fingerprint: (0,findings/* fingerprintOf */.ax)(rule.id, repo, site.path, attestationType)
    }));
}
// Tags change every build (`:${sha}`); the repository does not.
function repositoryOf(ref) {
    try {
        return (0,registry_ref/* repositoryName */.aR)((0,registry_ref/* parseImageRef */.Q)(ref));
    }
    catch {
        return ref;
    }
}
const ERROR_CODES = {
    INVALID_KEY: 'EXIT_CODE',
    REGISTRY_AUTH: 'REGISTRY_AUTH',
    IMAGE_NOT_FOUND: 'EXIT_CODE',
    NETWORK: 'NETWORK',
    USAGE: 'EXIT_CODE',
    PANIC: 'EXIT_CODE',
    CRASH: 'EXIT_CODE',
    TIMEOUT: 'TIMED_OUT',
    UNKNOWN_OUTPUT: 'BAD_OUTPUT'
};
const HINTS = {
    INVALID_KEY: 'cosign could not load the key given in cosign-key, so no signature was checked. Give the public key (cosign.pub, a PEM block starting with -----BEGIN PUBLIC KEY-----, never the private cosign.key), env://VAR holding one, or a KMS URI (awskms://, gcpkms://, azurekms://, hashivault://, k8s://).',
    REGISTRY_AUTH: 'Log in to the registry (docker login) or set REGISTRY_USERNAME and REGISTRY_PASSWORD (and REGISTRY_HOST) for the step.',
    IMAGE_NOT_FOUND: 'Check the image reference and that the image was pushed before this step.',
    NETWORK: 'Check that the runner reaches the registry and the Sigstore services (proxy, firewall, custom CA).',
    USAGE: 'The cosign command line was rejected: check the cosign settings and that the installed cosign is version 2 or later.',
    PANIC: 'cosign crashed; retry, and report it to sigstore/cosign if it persists.',
    CRASH: 'cosign stopped without a result; check the runner for memory or signal limits.',
    TIMEOUT: 'Raise cosign-timeout, or check that the registry answers.',
    UNKNOWN_OUTPUT: 'cosign printed something this gate does not recognise, so the image is not treated as verified; check the cosign version and the log.'
};
/** The scanner error for a run cosign could not finish. */
function failureError(target, code, detail) {
    return new errors/* ScannerError */.VM(ERROR_CODES[code], 'cosign', `cosign could not verify ${target.ref} (${code}): ${detail}`, { stderrLine: detail, hint: HINTS[code] });
}

// EXTERNAL MODULE: ./build/src/tools/run.js
var run = __webpack_require__(2596);
;// CONCATENATED MODULE: ./build/src/scanners/cosign/payload.js
// Fulcio's OIDC issuer extension: the v1 OID holds the raw string, v2
// (…1.8) a DER string that cosign prints decoded.
const ISSUER_OIDS = ['1.3.6.1.4.1.57264.1.1', '1.3.6.1.4.1.57264.1.8'];
const WORKFLOW_REPOSITORY_OID = '1.3.6.1.4.1.57264.1.5';
const WORKFLOW_REF_OID = '1.3.6.1.4.1.57264.1.6';
/**
 * Reads the stdout of `cosign verify --output json` or
 * `cosign verify-attestation`: a JSON array (cosign 1.x-3.x), or one bare
 * object per line (early 1.x). Returns undefined when the text holds no
 * payload at all, so that a caller can treat it as unknown output.
 */
function parsePayloads(stdout) {
    const items = parseJsonItems(stdout);
    if (!items || items.length === 0)
        return undefined;
    const payloads = items.map(toPayload);
    return payloads.every((p) => p !== undefined) ? payloads : undefined;
}
function parseJsonItems(text) {
    const trimmed = text.trim();
    if (!trimmed)
        return undefined;
    try {
        const whole = JSON.parse(trimmed);
        return Array.isArray(whole) ? whole : [whole];
    }
    catch {
        // Not one document: try one document a line below.
    }
    const items = [];
    for (const line of trimmed.split(/\r?\n/)) {
        const l = line.trim();
        if (!l)
            continue;
        try {
            const item = JSON.parse(l);
            if (Array.isArray(item))
                items.push(...item);
            else
                items.push(item);
        }
        catch {
            return undefined;
        }
    }
    return items;
}
function toPayload(item) {
    if (!isObject(item))
        return undefined;
    if (typeof item.payloadType === 'string')
        return attestationPayload(item);
    const critical = field(item, 'critical');
    if (!isObject(critical))
        return undefined;
    const image = field(critical, 'image');
    const identity = field(critical, 'identity');
    const optional = field(item, 'optional');
    const opt = isObject(optional) ? optional : {};
    return {
        digest: normaliseDigest(str(image, 'docker-manifest-digest')),
        dockerReference: str(identity, 'docker-reference') || undefined,
        subject: str(opt, 'subject'),
        issuer: str(opt, 'issuer') ?? firstOf(opt, ISSUER_OIDS),
        workflowRepository: str(opt, 'githubWorkflowRepository') ??
            firstOf(opt, [WORKFLOW_REPOSITORY_OID]),
        workflowRef: str(opt, 'githubWorkflowRef') ?? firstOf(opt, [WORKFLOW_REF_OID])
    };
}
// verify-attestation prints DSSE envelopes; the statement is base64 JSON.
function attestationPayload(envelope) {
    const encoded = envelope.payload;
    if (typeof encoded !== 'string')
        return {};
    try {
        const statement = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
        if (!isObject(statement))
            return {};
        const subjects = statement.subject;
        const first = Array.isArray(subjects) ? subjects[0] : undefined;
        const digest = isObject(first) ? field(first, 'digest') : undefined;
        return {
            predicateType: str(statement, 'predicateType'),
            digest: normaliseDigest(str(digest, 'sha256'))
        };
    }
    catch {
        return {};
    }
}
/** `sha256:<hex>` from either that or bare hex (legacy payloads). */
function normaliseDigest(value) {
    if (!value)
        return undefined;
    if (/^[0-9a-f]{64}$/i.test(value))
        return `sha256:${value.toLowerCase()}`;
    return value;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
// Old payloads capitalise keys (`Critical`, `Docker-manifest-digest`).
function field(obj, name) {
    if (!isObject(obj))
        return undefined;
    const lower = name.toLowerCase();
    const key = Object.keys(obj).find((k) => k.toLowerCase() === lower);
    return key === undefined ? undefined : obj[key];
}
function str(obj, name) {
    const value = field(obj, name);
    return typeof value === 'string' ? value : undefined;
}
function firstOf(obj, keys) {
    for (const key of keys) {
        const value = obj[key];
        if (typeof value === 'string' && value)
            return value;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/src/scanners/cosign/classify.js

// Checked in order: the first match wins. Panics and auth errors come first
// because their text can quote anything; the generic "no matching
// signatures" wrapper comes last so the reason it wraps decides.
const PATTERNS = [
    [/^panic: |goroutine \d+ \[running\]/m, 'PANIC'],
    [/\bno signatures found\b/i, 'NO_SIGNATURE'],
    [
        /no matching attestations|none of the attestations matched/i,
        'NO_ATTESTATION'
    ],
    [
        /not found in (the )?transparency log|no tlog entr(y|ies) found/i,
        'TLOG_MISSING'
    ],
    [/comparing public key PEMs|public key .*does not match/i, 'WRONG_KEY'],
    [/expected oidc issuer not found|expected issuer value/i, 'ISSUER_MISMATCH'],
    [
        /expected SAN value|no matching CertificateIdentity|expected identity not found/i,
        'IDENTITY_MISMATCH'
    ],
    [/no matching claims|invalid or missing annotation/i, 'CLAIMS_MISMATCH'],
    [
        /loading public key|pem to public key|PEM decoding failed|no PEM block|reading key|unsupported (public )?key type|loading key/i,
        'INVALID_KEY'
    ],
    [
        /invalid signature|failed to verify signature|verification error|signature mismatch/i,
        'INVALID_SIGNATURE'
    ],
    [
        /\bUNAUTHORIZED\b|\bDENIED\b|authentication required|\b401 Unauthorized|\b403 Forbidden/i,
        'REGISTRY_AUTH'
    ],
    [
        /MANIFEST_UNKNOWN|NAME_UNKNOWN|image tag not found|manifest unknown/i,
        'IMAGE_NOT_FOUND'
    ],
    [
        /dial tcp|no such host|connection refused|connection reset|i\/o timeout|TLS handshake|x509: |context deadline exceeded|network is unreachable/i,
        'NETWORK'
    ],
    [
        /is required|unknown flag|unknown shorthand flag|accepts \d+ arg|requires at least|invalid argument|must be (set|specified|provided)|mutually exclusive|Usage:/,
        'USAGE'
    ],
    [/no matching signatures/i, 'INVALID_SIGNATURE']
];
/**
 * Decides what one `cosign verify` or `verify-attestation` run proved.
 * Exit 0 counts as verified only when stdout holds a payload cosign would
 * print for a verified signature; anything cosign says that is not
 * recognised is `UNKNOWN_OUTPUT`, a failure, never a pass.
 */
function classifyCosignRun(run, expected = {}) {
    if (run.exitCode === 0) {
        const payloads = parsePayloads(run.stdout);
        if (payloads)
            return { code: 'VERIFIED', payloads };
        return { code: 'UNKNOWN_OUTPUT', detail: firstLine(run.stdout) };
    }
    const text = `${run.stderr}\n${run.stdout}`;
    const detail = errorDetail(text);
    if (/none of the expected identities matched/i.test(text)) {
        return { code: identityOrIssuer(text, expected), detail };
    }
    for (const [pattern, code] of PATTERNS) {
        if (pattern.test(text))
            return { code, detail };
    }
    // Killed by a signal, or died before it could say why.
    if (run.exitCode < 0 || run.exitCode >= 128 || !text.trim()) {
        return { code: 'CRASH', detail: detail || `exit code ${run.exitCode}` };
    }
    return { code: 'UNKNOWN_OUTPUT', detail };
}
// cosign names the issuer it found; when the user's expected issuer does not
// match it, the issuer is what differs, else the subject is.
function identityOrIssuer(text, expected) {
    const got = /with issuer (\S+)/.exec(text)?.[1];
    if (!got)
        return 'IDENTITY_MISMATCH';
    if (expected.issuer !== undefined && expected.issuer !== got) {
        return 'ISSUER_MISMATCH';
    }
    if (expected.issuerRegexp !== undefined) {
        try {
            if (!new RegExp(expected.issuerRegexp).test(got))
                return 'ISSUER_MISMATCH';
        }
        catch {
            // An expression JavaScript cannot read: leave it to the subject.
        }
    }
    return 'IDENTITY_MISMATCH';
}
const MAX_DETAIL = 400;
/**
 * cosign's reason without its wrappers: the `Error:` line and what follows
 * it up to the repeated `error during command execution` line.
 */
function errorDetail(text) {
    const lines = text.split(/\r?\n/);
    const start = lines.findIndex((l) => /^(Error|error): /.test(l));
    const repeat = /error during command execution: (.*)$/;
    let picked;
    if (start >= 0) {
        const rest = lines.slice(start);
        const end = rest.findIndex((l, i) => i > 0 && repeat.test(l));
        picked = end > 0 ? rest.slice(0, end) : rest;
        picked[0] = (picked[0] ?? '').replace(/^(Error|error): /, '');
    }
    else {
        const line = lines.find((l) => repeat.test(l));
        picked = line ? [repeat.exec(line)?.[1] ?? line] : lines;
    }
    const joined = picked
        .map((l) => l.trim())
        .filter(Boolean)
        .join(' ');
    return joined.length > MAX_DETAIL ? `${joined.slice(0, MAX_DETAIL)}…` : joined;
}
function firstLine(text) {
    const line = text.trim().split(/\r?\n/)[0] ?? '';
    return line ? line.slice(0, MAX_DETAIL) : 'no output';
}

;// CONCATENATED MODULE: ./build/src/scanners/cosign/verify.js



// cosign's own exit codes are all "it answered"; the classifier decides.
const ANY_EXIT = Array.from({ length: 256 }, (_, i) => i);
/**
 * Runs one cosign command in its own log group and classifies what it
 * printed. A timeout or a process killed by a signal is classified too,
 * never thrown, so one image cannot hide the others' results.
 */
async function runAndClassify(options) {
    const { binary, args, config, logger } = options;
    const name = `cosign ${args[0] ?? ''} ${args.at(-1) ?? ''}`;
    return logger.group(name, async () => {
        try {
            const result = await (0,run/* runTool */.qI)(binary, {
                tool: 'cosign',
                args,
                env: options.env,
                timeoutMs: config.timeoutSeconds * 1000,
                logger,
                okExitCodes: ANY_EXIT
            });
            if (result.stdout)
                logger.debug(`cosign stdout:\n${result.stdout}`);
            return classifyCosignRun(result, {
                issuer: config.certificateOidcIssuer,
                issuerRegexp: config.certificateOidcIssuerRegexp
            });
        }
        catch (error) {
            if (!(error instanceof errors/* ScannerError */.VM))
                throw error;
            const detail = error.details.stderrLine ?? error.message;
            if (error.code === 'TIMED_OUT')
                return { code: 'TIMEOUT', detail };
            if (error.code === 'NOT_FOUND' || error.code === 'SPAWN_FAILED')
                throw error;
            return { code: 'CRASH', detail };
        }
    });
}

;// CONCATENATED MODULE: ./build/src/scanners/cosign/verify-target.js





/**
 * Verifies one image's signature and, for images the repository builds,
 * each required attestation type. One outcome: ok with findings, or failed
 * when cosign could not answer for the signature or an attestation.
 */
async function verifyTarget(target, ctx) {
    const started = Date.now();
    const base = {
        scanner: 'cosign',
        tool: 'cosign',
        target: { kind: 'image', name: target.ref }
    };
    const done = () => ({ ...base, durationMs: Date.now() - started });
    const run = (args) => runAndClassify({ ...ctx, args });
    try {
        const signed = await run(verifyArgs(ctx.config, target.verifyRef));
        report(ctx.logger, target, signed);
        if (signed.code !== 'VERIFIED') {
            if (isFindingCode(signed.code)) {
                const findings = signatureFindings(target, signed.code, signed.detail);
                return { ...done(), status: 'ok', findings };
            }
            const error = failureError(target, signed.code, signed.detail);
            return { ...done(), status: 'failed', error };
        }
        const signatures = toSignatures(target, signed, ctx.config);
        const findings = [];
        const types = target.role === 'image' ? ctx.config.attestationTypes : [];
        for (const type of types) {
            const args = verifyAttestationArgs(ctx.config, target.verifyRef, type);
            const attested = await run(args);
            report(ctx.logger, target, attested, type);
            if (attested.code === 'VERIFIED')
                continue;
            if (isFindingCode(attested.code)) {
                findings.push(...signatureFindings(target, attested.code, attested.detail, type));
                continue;
            }
            const error = failureError(target, attested.code, attested.detail);
            return { ...done(), status: 'failed', error, findings };
        }
        return { ...done(), status: 'ok', findings, signatures };
    }
    catch (error) {
        if (!(error instanceof errors/* ScannerError */.VM))
            throw error;
        return { ...done(), status: 'failed', error };
    }
}
function toSignatures(target, verified, config) {
    const mode = config.key !== undefined ? 'key' : 'keyless';
    const seen = new Set();
    const out = [];
    for (const p of verified.payloads) {
        const signature = {
            image: target.ref,
            digest: p.digest ?? target.digest,
            identity: p.subject,
            issuer: p.issuer,
            mode
        };
        const key = JSON.stringify(signature);
        if (!seen.has(key))
            out.push(signature);
        seen.add(key);
    }
    return out;
}
// Decisions go to the log at info, one line an image.
function report(logger, target, result, type) {
    const what = type ? `attestation ${type} of ${target.ref}` : target.ref;
    if (result.code === 'VERIFIED') {
        const p = result.payloads[0];
        const who = p?.subject ? ` signed by ${p.subject} (${p.issuer ?? '?'})` : '';
        logger.info(`cosign: ${what} verified${who}`);
        return;
    }
    logger.info(`cosign: ${what}: ${result.code}: ${result.detail}`);
}

;// CONCATENATED MODULE: ./build/src/scanners/cosign/index.js













/**
 * Verifies each planned image's cosign signature (and, when asked, each
 * base image named in a FROM line, and each required attestation type).
 * One outcome per image. Throws a `UserError` only for invalid settings,
 * which the config loader should have rejected already.
 */
const cosignScanner = {
    name: 'cosign',
    async scan(context) {
        const { config, plan, logger } = context;
        const started = Date.now();
        const images = imageTargets(plan);
        const bases = config.cosign.verifyBaseImages
            ? await baseImageTargets(plan, logger)
            : [];
        const targets = [...images, ...bases];
        if (targets.length === 0)
            return [nothingToVerify(plan.images.length)];
        (0,validate/* validateCosignConfig */.Kt)(config.cosign);
        let binary;
        try {
            binary = await context.tools.resolve('cosign');
        }
        catch (error) {
            if (!(error instanceof errors/* ScannerError */.VM))
                throw error;
            return targets.map((t) => failed(t, error));
        }
        const prepared = await prepareCosignEnv(registriesOf(images), logger, (0,registry_env/* registryEnv */.D)(config));
        const ctx = { binary, config: config.cosign, env: prepared.env, logger };
        let outcomes;
        try {
            outcomes = await (0,limit/* mapWithLimit */.c)(targets, config.concurrency, (t) => verifyTarget(t, ctx));
        }
        finally {
            await prepared.dispose();
        }
        const findings = outcomes.reduce((n, o) => n + (o.status === 'ok' ? o.findings.length : 0), 0);
        const failures = outcomes.filter((o) => o.status === 'failed').length;
        logger.info(`cosign: ${targets.length} image(s) checked, ${findings} finding(s), ${failures} failure(s) in ${Date.now() - started} ms`);
        return outcomes;
    }
};
function nothingToVerify(archives) {
    return {
        scanner: 'cosign',
        tool: 'cosign',
        target: { kind: 'image', name: '(none)' },
        durationMs: 0,
        status: 'skipped',
        reason: archives > 0
            ? 'only image archives were given; cosign verifies images in a registry'
            : 'no image to verify'
    };
}
function failed(target, error) {
    return {
        scanner: 'cosign',
        tool: 'cosign',
        target: { kind: 'image', name: target.ref },
        durationMs: 0,
        status: 'failed',
        error
    };
}
function registriesOf(targets) {
    return targets.flatMap((t) => {
        try {
            return [(0,registry_ref/* parseImageRef */.Q)(t.verifyRef).registry];
        }
        catch {
            return [];
        }
    });
}


/***/ }),

/***/ 3607:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kt: () => (/* binding */ validateCosignConfig)
/* harmony export */ });
/* unused harmony exports KMS_SCHEMES, ATTESTATION_TYPES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);

/** Key URI schemes cosign resolves itself (KMS and Kubernetes secrets). */
const KMS_SCHEMES = [
    'awskms://',
    'gcpkms://',
    'azurekms://',
    'hashivault://',
    'k8s://'
];
/** Predicate types `cosign verify-attestation --type` accepts by name. */
const ATTESTATION_TYPES = [
    'slsaprovenance',
    'slsaprovenance02',
    'slsaprovenance1',
    'link',
    'spdx',
    'spdxjson',
    'cyclonedx',
    'vuln',
    'openvex',
    'custom'
];
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Checks the cosign settings before anything runs. Key-based verification
 * needs a usable key reference and no keyless settings (the two modes are
 * exclusive); keyless needs exactly one expected identity and one expected
 * OIDC issuer, because a keyless check without them accepts a signature
 * from anyone. Throws a `UserError` naming the input at fault.
 */
function validateCosignConfig(c) {
    if (c.key !== undefined) {
        validateKey(c.key);
        rejectKeyless(c);
    }
    else {
        validateKeyless(c);
    }
    for (const type of c.attestationTypes)
        validateAttestationType(type);
    if (!(c.timeoutSeconds > 0)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cosign-timeout must be a positive number of seconds, got ${c.timeoutSeconds}`, 'cosign-timeout');
    }
    if (c.rekorUrl !== undefined && !/^https?:\/\/\S+$/.test(c.rekorUrl)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cosign-rekor-url must be an http(s) URL, got "${c.rekorUrl}"`, 'cosign-rekor-url');
    }
}
function validateKey(key) {
    if (key.trim() === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('cosign-key is empty: give a public key file path, env://VAR or a KMS URI (awskms://, gcpkms://, azurekms://, hashivault://, k8s://)', 'cosign-key');
    }
    if (key.startsWith('env://')) {
        const name = key.slice('env://'.length);
        if (!ENV_NAME.test(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cosign-key "${key}" must name an environment variable (env://NAME, letters, digits and _)`, 'cosign-key');
        }
        return;
    }
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(key)?.[0];
    if (scheme && !KMS_SCHEMES.includes(scheme)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cosign-key scheme "${scheme}" is not supported; accepted: a file path, env://VAR, ${KMS_SCHEMES.join(', ')}`, 'cosign-key');
    }
}
// cosign would quietly verify with the key and ignore the expected signer,
// so a user who meant keyless would get a check they did not ask for.
function rejectKeyless(c) {
    const keyless = [
        [c.certificateIdentity, 'cosign-certificate-identity'],
        [c.certificateIdentityRegexp, 'cosign-certificate-identity-regexp'],
        [c.certificateOidcIssuer, 'cosign-certificate-oidc-issuer'],
        [c.certificateOidcIssuerRegexp, 'cosign-certificate-oidc-issuer-regexp']
    ];
    const given = keyless.find(([value]) => value !== undefined)?.[1];
    if (given === undefined)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cosign-key and ${given} were both given, but key-based and keyless verification are exclusive: keep cosign-key to verify with a public key, or remove it and keep the certificate identity and OIDC issuer to verify keyless signatures`, given);
}
function validateKeyless(c) {
    const identity = c.certificateIdentity ?? c.certificateIdentityRegexp;
    const issuer = c.certificateOidcIssuer ?? c.certificateOidcIssuerRegexp;
    if (identity === undefined || issuer === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('Keyless cosign verification needs both an expected identity (cosign-certificate-identity or cosign-certificate-identity-regexp) and an expected OIDC issuer (cosign-certificate-oidc-issuer or cosign-certificate-oidc-issuer-regexp); or give cosign-key for key-based verification', identity === undefined
            ? 'cosign-certificate-identity'
            : 'cosign-certificate-oidc-issuer');
    }
    bothGiven(c.certificateIdentity, c.certificateIdentityRegexp, 'identity');
    bothGiven(c.certificateOidcIssuer, c.certificateOidcIssuerRegexp, 'oidc-issuer');
    checkRegexp(c.certificateIdentityRegexp, 'cosign-certificate-identity-regexp');
    checkRegexp(c.certificateOidcIssuerRegexp, 'cosign-certificate-oidc-issuer-regexp');
}
function bothGiven(exact, regexp, what = '') {
    if (exact !== undefined && regexp !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Give either cosign-certificate-${what} or cosign-certificate-${what}-regexp, not both`, `cosign-certificate-${what}`);
    }
}
function checkRegexp(value, input) {
    if (value === undefined)
        return;
    if (value.trim() === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${input} is empty; give a regular expression`, input);
    }
    try {
        new RegExp(value);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${input} "${value}" is not a valid regular expression`, input, { cause: error });
    }
}
function validateAttestationType(type) {
    const named = ATTESTATION_TYPES.includes(type);
    if (named || /^https?:\/\/\S+$/.test(type))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cosign-attestation-types: "${type}" is not a predicate type; accepted: ${ATTESTATION_TYPES.join(', ')}, or a predicate type URI`, 'cosign-attestation-types');
}


/***/ }),

/***/ 8681:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ selectScanners)
/* harmony export */ });
/* unused harmony export ALL_SCANNERS */
/* harmony import */ var _cosign_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7558);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9452);
/* harmony import */ var _trivy_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(129);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_policy_index_js__WEBPACK_IMPORTED_MODULE_1__]);
_policy_index_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



/** Every scanner, in the order their runs appear in reports. */
const ALL_SCANNERS = [
    _trivy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .trivyFsScanner */ ._3,
    _trivy_index_js__WEBPACK_IMPORTED_MODULE_2__/* .trivyImageScanner */ .G$,
    _cosign_index_js__WEBPACK_IMPORTED_MODULE_0__/* .cosignScanner */ .iq,
    _policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .policyScanner */ .$0
];
/** The scanners the user turned on. */
function selectScanners(names) {
    return ALL_SCANNERS.filter((s) => names.includes(s.name));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 9137:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ SCANNER_NAMES)
/* harmony export */ });
/** The scanners a user can turn on or off. */
const SCANNER_NAMES = [
    'trivy-fs',
    'trivy-image',
    'cosign',
    'policy'
];


/***/ }),

/***/ 8378:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ fileCheckers)
/* harmony export */ });
/* harmony import */ var _compose_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9057);
/* harmony import */ var _dockerfile_checker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2340);
/* harmony import */ var _runlines_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8162);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_dockerfile_checker_js__WEBPACK_IMPORTED_MODULE_1__, _runlines_index_js__WEBPACK_IMPORTED_MODULE_2__]);
([_dockerfile_checker_js__WEBPACK_IMPORTED_MODULE_1__, _runlines_index_js__WEBPACK_IMPORTED_MODULE_2__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
/**
 * The engines the policy scanner runs, one per kind of file. The Compose
 * and `docker run` engines add themselves to this list.
 */



/** Every file checker, in the order their outcomes are reported. */
const fileCheckers = [
    _dockerfile_checker_js__WEBPACK_IMPORTED_MODULE_1__/* .dockerfileChecker */ .I0,
    _compose_index_js__WEBPACK_IMPORTED_MODULE_0__/* .composeChecker */ .W7,
    _runlines_index_js__WEBPACK_IMPORTED_MODULE_2__/* .scriptChecker */ .NG
];

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 9057:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W7: () => (/* binding */ composeChecker)
});

// UNUSED EXPORTS: composeRules, groupProjects, isComposeFile

// EXTERNAL MODULE: ./build/src/scanners/policy/seccomp/index.js + 3 modules
var policy_seccomp = __webpack_require__(8481);
// EXTERNAL MODULE: ./build/src/scanners/policy/finding.js
var finding = __webpack_require__(7933);
// EXTERNAL MODULE: ./build/src/scanners/policy/settings.js
var settings = __webpack_require__(9059);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/discover.js


// The names `docker compose` looks for, and the usual variants of them
// (`docker-compose.prod.yml`, `compose.ci.yaml`).
const COMPOSE_NAME = picomatch('{compose,docker-compose}{,.*,-*}.{yml,yaml}', {
    nocase: true
});
/** True for files named like Compose files (`compose.yaml`, `docker-compose.prod.yml`). */
function isComposeFile(file) {
    return COMPOSE_NAME(path.posix.basename(file.replaceAll('\\', '/')));
}
const BASE = /^(compose|docker-compose)\.(ya?ml)$/i;
const OVERRIDE = /^(compose|docker-compose)\.override\.(ya?ml)$/i;
/**
 * Groups files into the projects `docker compose` would load without `-f`:
 * in one folder, `compose.yaml` with `compose.override.yaml` (and the
 * `docker-compose` names likewise). Every other file is a project alone.
 */
function groupProjects(files) {
    const projects = [];
    const overrides = new Map();
    for (const file of files) {
        const match = OVERRIDE.exec(external_node_path_.posix.basename(file));
        if (match)
            overrides.set(projectKey(file, match[1] ?? ''), file);
    }
    const used = new Set();
    for (const file of files) {
        if (OVERRIDE.test(external_node_path_.posix.basename(file)))
            continue;
        const match = BASE.exec(external_node_path_.posix.basename(file));
        const override = match && overrides.get(projectKey(file, match[1] ?? ''));
        if (override && !used.has(override)) {
            used.add(override);
            projects.push([file, override]);
        }
        else
            projects.push([file]);
    }
    for (const override of overrides.values())
        if (!used.has(override))
            projects.push([override]);
    return projects;
}
function projectKey(file, stem) {
    return `${external_node_path_.posix.dirname(file)}\0${stem.toLowerCase()}`;
}

// EXTERNAL MODULE: ./build/src/scanners/policy/compose/inline.js
var inline = __webpack_require__(3382);
// EXTERNAL MODULE: ./build/src/scanners/policy/compose/load.js + 1 modules
var compose_load = __webpack_require__(5622);
// EXTERNAL MODULE: ./build/src/scanners/policy/compose/query.js
var query = __webpack_require__(2843);
// EXTERNAL MODULE: ./build/src/scanners/policy/compose/volumes.js
var volumes = __webpack_require__(5656);
;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/merge.js


/** Service keys whose override replaces the list instead of extending it. */
const REPLACED = new Set(['command', 'entrypoint', 'healthcheck.test']);
/**
 * Merges an override node onto a base node the way `docker compose -f a
 * -f b` does: mappings key by key, scalars and commands replaced, other
 * lists appended without duplicates (volumes, secrets and configs keyed by
 * their target), and the `!reset` / `!override` tags honoured.
 *
 * `path` is the key path from the top of the file, for the list rules.
 */
function mergeNodes(base, override, path) {
    if (override.tag === '!override')
        return override;
    if (base.kind === 'map' && override.kind === 'map')
        return mergeMaps(base, override, path);
    if (base.kind === 'seq' && override.kind === 'seq') {
        const within = serviceKey(path);
        if (within !== undefined && REPLACED.has(within))
            return override;
        return mergeLists(base, override, identityFor(within));
    }
    return override;
}
/** Merges two mappings; the base's key places are kept for shared keys. */
function mergeMaps(base, override, path) {
    const entries = new Map(base.entries);
    for (const [key, entry] of override.entries) {
        if (entry.value.tag === '!reset') {
            entries.delete(key);
            continue;
        }
        const existing = entries.get(key);
        const value = existing
            ? mergeNodes(existing.value, entry.value, [...path, key])
            : entry.value;
        entries.set(key, { keyPlace: existing?.keyPlace ?? entry.keyPlace, value });
    }
    return { kind: 'map', entries, place: base.place };
}
function mergeLists(base, override, identity) {
    const byIdentity = new Map();
    for (const item of [...base.items, ...override.items])
        byIdentity.set(identity(item), item);
    return { kind: 'seq', items: [...byIdentity.values()], place: base.place };
}
// The key path inside a service (`volumes`, `healthcheck.test`), if any.
function serviceKey(path) {
    return path[0] === 'services' && path.length > 2
        ? path.slice(2).join('.')
        : undefined;
}
function identityFor(key) {
    const whole = (item) => JSON.stringify((0,query/* plain */.pj)(item));
    switch (key) {
        case 'volumes':
            return (item) => (0,volumes/* parseVolume */.w)(item)?.target ?? whole(item);
        case 'secrets':
        case 'configs':
            return (item) => {
                const value = (0,query/* plain */.pj)(item);
                if (typeof value === 'string')
                    return value;
                const long = value;
                return String(long.target ?? long.source ?? whole(item));
            };
        default:
            return whole;
    }
}

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/normalize.js
/** Service keys Compose accepts as either `KEY=value` lists or mappings. */
const LIST_OR_MAP = {
    environment: '=',
    labels: '=',
    annotations: '=',
    sysctls: '=',
    extra_hosts: ':'
};
/**
 * Rewrites the list forms of `environment`, `labels` and the like into
 * mappings, so that merging and rules see one shape. Each entry keeps the
 * place of the list item it came from.
 */
function normalizeService(service) {
    let changed = false;
    const entries = new Map(service.entries);
    for (const [key, separator] of Object.entries(LIST_OR_MAP)) {
        const entry = entries.get(key);
        if (entry?.value.kind !== 'seq')
            continue;
        entries.set(key, { ...entry, value: listToMap(entry.value, separator) });
        changed = true;
    }
    return changed ? { ...service, entries } : service;
}
function listToMap(seq, separator) {
    const entries = new Map();
    for (const item of seq.items) {
        if (item.kind !== 'scalar' || item.value === null)
            continue;
        const text = String(item.value);
        const at = text.indexOf(separator);
        const key = at < 0 ? text : text.slice(0, at);
        const value = at < 0 ? null : text.slice(at + 1);
        entries.set(key.trim(), {
            keyPlace: item.place,
            value: { kind: 'scalar', value, place: item.place }
        });
    }
    return { kind: 'map', entries, place: seq.place };
}

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/extends.js




/** Services of one file by name, normalized. */
function servicesOf(root) {
    const services = new Map();
    const node = (0,query/* entryAt */._f)(root, 'services')?.value;
    if (node?.kind !== 'map')
        return services;
    for (const [name, entry] of node.entries)
        if (entry.value.kind === 'map')
            services.set(name, normalizeService(entry.value));
    return services;
}
/**
 * Resolves `extends` (same file or another file) for every service, the
 * base service's keys merged under the service's own. A missing base, a
 * file outside the repository or a cycle is reported and the service is
 * checked as written.
 */
async function resolveExtends(services, load, errors) {
    const resolved = new Map();
    for (const [name, node] of services)
        resolved.set(name, await resolveOne(name, node, services, load, errors, []));
    return resolved;
}
async function resolveOne(name, node, siblings, load, errors, stack) {
    const extend = node.entries.get('extends');
    if (!extend)
        return node;
    const own = { ...node, entries: new Map(node.entries) };
    own.entries.delete('extends');
    const where = extend.keyPlace.path;
    const baseName = (0,query/* textOf */.b6)(extend.value) ??
        (0,query/* textOf */.b6)((0,query/* entryAt */._f)(extend.value, 'service')?.value);
    const fileText = extend.value.kind === 'map'
        ? (0,query/* textOf */.b6)((0,query/* entryAt */._f)(extend.value, 'file')?.value)
        : undefined;
    const fail = (message) => {
        errors.push({ path: where, message: `service "${name}": ${message}` });
        return own;
    };
    if (!baseName)
        return fail('extends names no service');
    let pool = siblings;
    let baseFile = where;
    if (fileText !== undefined) {
        baseFile = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(where), fileText.replaceAll('\\', '/')));
        if (baseFile.startsWith('../') || external_node_path_.posix.isAbsolute(baseFile))
            return fail(`extends file "${fileText}" is outside the repository`);
        const loaded = await load(baseFile);
        if (!loaded.ok)
            return fail(`extends file "${fileText}": ${loaded.message}`);
        pool = servicesOf(loaded.root);
    }
    const id = `${baseFile}#${baseName}`;
    if (stack.includes(id))
        return fail(`extends cycle through "${baseName}"`);
    const base = pool.get(baseName);
    if (!base)
        return fail(`extends service "${baseName}" is not defined in ${baseFile}`);
    const resolvedBase = await resolveOne(baseName, base, pool, load, errors, [
        ...stack,
        id
    ]);
    return mergeMaps(resolvedBase, own, ['services', name]);
}

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/project.js



/**
 * Loads the files of one project, merges them in order (later files
 * override earlier ones) and resolves `extends`. A file that cannot be
 * loaded is reported and left out; the rest are still checked.
 */
async function buildProject(files, load) {
    const errors = [];
    const loaded = [];
    for (const file of files) {
        const result = await load(file);
        if (result.ok)
            loaded.push({ file, root: result.root });
        else
            errors.push({ path: file, message: result.message });
    }
    const [first, ...rest] = loaded;
    if (!first)
        return { errors };
    let root = normalizeServices(first.root);
    for (const next of rest)
        root = mergeMaps(root, normalizeServices(next.root), []);
    const resolved = await resolveExtends(servicesOf(root), load, errors);
    const services = [];
    const names = (0,query/* entryAt */._f)(root, 'services')?.value;
    for (const [name, node] of resolved) {
        const namePlace = names?.kind === 'map'
            ? (names.entries.get(name)?.keyPlace ?? node.place)
            : node.place;
        services.push({ name, namePlace, node });
    }
    return {
        project: { files: loaded.map((l) => l.file), root, services },
        errors
    };
}
// List-form environments become mappings before merging, so a list in one
// file and a mapping in the next merge key by key.
function normalizeServices(root) {
    const services = (0,query/* entryAt */._f)(root, 'services');
    if (services?.value.kind !== 'map')
        return root;
    const normalized = servicesOf(root);
    const entries = new Map(services.value.entries);
    for (const [name, node] of normalized) {
        const entry = entries.get(name);
        if (entry)
            entries.set(name, { ...entry, value: node });
    }
    const top = new Map(root.entries);
    top.set('services', {
        ...services,
        value: { ...services.value, entries }
    });
    return { ...root, entries: top };
}

// EXTERNAL MODULE: ./build/src/scanners/policy/compose/rule-kit.js
var rule_kit = __webpack_require__(2752);
;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C1.js


/** CSG-C1: a service runs privileged. */
const C1 = {
    meta: (0,rule_kit/* composeMeta */.wg)({
        concern: 'C1',
        title: 'Service runs privileged',
        severity: 'CRITICAL',
        help: 'privileged: true gives the container every capability and access to all host devices, so a compromise of the container is a compromise of the host. Remove privileged and add only the capabilities or devices the service needs.',
        peers: [
            'KICS:Privileged Containers Enabled',
            'CIS-5.4',
            'semgrep:privileged-service'
        ],
        tags: ['CWE-250']
    }),
    check: (project) => (0,rule_kit/* eachService */.LI)(project, (service) => {
        const value = (0,query/* entryAt */._f)(service.node, 'privileged')?.value;
        if (!(0,query/* isTrue */.Hn)(value) || !value)
            return [];
        return [
            (0,rule_kit/* hitAt */.rI)(value.place, `Service "${service.name}" runs privileged: it has every capability and all host devices.`, `${service.name}/privileged`)
        ];
    })
};

// EXTERNAL MODULE: ./build/src/scanners/policy/compose/rules/C2.js
var C2 = __webpack_require__(1370);
;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C3.js



/** CSG-C3: a service keeps the default capabilities (no `cap_drop: [ALL]`). */
const C3 = {
    meta: (0,rule_kit/* composeMeta */.wg)({
        concern: 'C3',
        title: 'Service does not drop all capabilities',
        severity: 'MEDIUM',
        help: 'Docker grants a default set of capabilities (CHOWN, SETUID, NET_RAW...) that most services never use. Write cap_drop: [ALL] and add back only what the service needs with cap_add.',
        peers: ['KICS:Container Capabilities Unrestricted', 'CIS-5.3']
    }),
    check: (project) => (0,rule_kit/* eachService */.LI)(project, (service) => {
        const entry = (0,query/* entryAt */._f)(service.node, 'cap_drop');
        const dropped = (0,query/* scalarItems */.xL)(entry?.value).map((i) => (0,C2/* capabilityName */.IN)(i.text));
        if (dropped.includes('ALL'))
            return [];
        const message = entry
            ? `Service "${service.name}" drops only ${dropped.join(', ') || 'nothing'}: drop ALL and add back what it needs.`
            : `Service "${service.name}" keeps Docker's default capabilities: add cap_drop: [ALL].`;
        return [
            (0,rule_kit/* hitAt */.rI)(entry?.keyPlace ?? service.namePlace, message, `${service.name}/cap_drop`)
        ];
    })
};

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/host-namespace.js


/**
 * A rule that flags a service sharing one host namespace through `keys`
 * (the first key found wins: `network_mode` before the legacy `net`).
 */
function hostNamespaceRule(meta, keys, what) {
    return {
        meta,
        check: (project) => (0,rule_kit/* eachService */.LI)(project, (service) => {
            for (const key of keys) {
                const value = (0,query/* entryAt */._f)(service.node, key)?.value;
                if ((0,query/* textOf */.b6)(value)?.trim().toLowerCase() !== 'host' || !value)
                    continue;
                return [
                    (0,rule_kit/* hitAt */.rI)(value.place, `Service "${service.name}" shares the host's ${what} (${key}: host).`, `${service.name}/${key}`)
                ];
            }
            return [];
        })
    };
}

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C4.js


/** CSG-C4: Service uses the host network. */
const C4 = hostNamespaceRule((0,rule_kit/* composeMeta */.wg)({
    concern: 'C4',
    title: 'Service uses the host network',
    severity: 'HIGH',
    help: 'network_mode: host removes network isolation: the service can bind any host port, reach services listening on localhost and sniff host traffic. Use a user-defined network and publish only the ports needed.',
    peers: ['KICS:Shared Host Network Namespace', 'CIS-5.9']
}), ['network_mode', 'net'], 'network namespace');

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C5.js


/** CSG-C5: Service shares the host PID namespace. */
const C5 = hostNamespaceRule((0,rule_kit/* composeMeta */.wg)({
    concern: 'C5',
    title: 'Service shares the host PID namespace',
    severity: 'HIGH',
    help: 'pid: host lets the container see and signal every host process and read their environment through /proc. Remove it; share a PID namespace with one other service (pid: service:name) if a sidecar needs it.',
    peers: ['KICS:Host Namespace is Shared', 'CIS-5.15']
}), ['pid'], 'process namespace');

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C6.js


/** CSG-C6: Service shares the host IPC namespace. */
const C6 = hostNamespaceRule((0,rule_kit/* composeMeta */.wg)({
    concern: 'C6',
    title: 'Service shares the host IPC namespace',
    severity: 'HIGH',
    help: 'ipc: host exposes host shared memory segments and semaphores to the container. Remove it, or use ipc: shareable between services that must share memory.',
    peers: ['KICS:Shared Host IPC Namespace', 'CIS-5.16']
}), ['ipc'], 'IPC namespace');

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C7.js


/** CSG-C7: Service disables user namespace remapping. */
const C7 = hostNamespaceRule((0,rule_kit/* composeMeta */.wg)({
    concern: 'C7',
    title: 'Service disables user namespace remapping',
    severity: 'MEDIUM',
    help: "userns_mode: host turns off the daemon's user namespace remapping for this service, so root in the container is root on the host again. Remove it.",
    peers: ['KICS:Shared Host User Namespace', 'CIS-5.30']
}), ['userns_mode'], 'user namespace');

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C8.js


/** CSG-C8: Service shares the host UTS namespace. */
const C8 = hostNamespaceRule((0,rule_kit/* composeMeta */.wg)({
    concern: 'C8',
    title: 'Service shares the host UTS namespace',
    severity: 'MEDIUM',
    help: "uts: host lets the container change the host's hostname and domain name. Remove it; set hostname: for the container instead.",
    peers: ['CIS-5.20']
}), ['uts'], 'UTS namespace');

// EXTERNAL MODULE: ./build/src/scanners/policy/compose/rules/C9.js
var C9 = __webpack_require__(9039);
// EXTERNAL MODULE: ./build/src/scanners/policy/compose/sensitive-paths.js
var sensitive_paths = __webpack_require__(1954);
;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C10.js





/** CSG-C10: a sensitive host directory is mounted. */
const C10 = {
    meta: (0,rule_kit/* composeMeta */.wg)({
        concern: 'C10',
        title: 'Sensitive host directory mounted',
        severity: 'HIGH',
        help: 'Bind-mounting host system directories (/, /etc, /proc, /sys, /dev, /boot, /root, /usr, /var/run, /var/lib/docker...) or credential folders (~/.ssh, ~/.aws, ~/.kube) lets the container read secrets of the host or change it. Mount a dedicated data directory or a named volume instead.',
        peers: ['KICS:Volume Has Sensitive Host Directory', 'CIS-5.5'],
        precision: 'high'
    }),
    check: (project) => [
        ...(0,rule_kit/* eachService */.LI)(project, (service) => (0,query/* itemsOf */.S3)((0,query/* entryAt */._f)(service.node, 'volumes')?.value).flatMap((item) => {
            const mount = (0,volumes/* parseVolume */.w)(item);
            if (mount?.type !== 'bind' || !mount.source)
                return [];
            if ((0,C9/* isEngineSocket */.w)(mount.source))
                return [];
            const dir = (0,sensitive_paths/* sensitiveHostDir */.M)(mount.source);
            if (!dir)
                return [];
            return [
                (0,rule_kit/* hitAt */.rI)(mount.sourcePlace, `Service "${service.name}" mounts the host path ${mount.source} (inside ${dir}).`, `${service.name}/volumes/${mount.source}`, dir === '/' ? 'CRITICAL' : undefined)
            ];
        })),
        ...namedVolumeHits(project.root)
    ]
};
// Named volumes can bind a host path through driver options too.
function namedVolumeHits(root) {
    const volumes = (0,query/* entryAt */._f)(root, 'volumes')?.value;
    if (volumes?.kind !== 'map')
        return [];
    return [...volumes.entries].flatMap(([name, entry]) => {
        if (entry.value.kind !== 'map')
            return [];
        const device = (0,query/* entryAt */._f)(entry.value, 'driver_opts', 'device')?.value;
        const mountpoint = (0,query/* entryAt */._f)(entry.value, 'driver_opts', 'mountpoint')?.value;
        const node = device ?? mountpoint;
        const source = (0,query/* textOf */.b6)(node);
        const dir = source === undefined ? undefined : (0,sensitive_paths/* sensitiveHostDir */.M)(source);
        if (!node || !dir)
            return [];
        return [
            (0,rule_kit/* hitAt */.rI)(node.place, `Volume "${name}" binds the host path ${source} (inside ${dir}).`, `volumes/${name}`)
        ];
    });
}

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C11.js


/** CSG-C11: a service's root filesystem is writable. */
const C11 = {
    meta: (0,rule_kit/* composeMeta */.wg)({
        concern: 'C11',
        title: 'Service root filesystem is writable',
        severity: 'MEDIUM',
        help: 'Without read_only: true an attacker who gets code execution can change binaries and configuration inside the container and persist there. Set read_only: true and give writable paths a tmpfs or a volume.',
        peers: ['CIS-5.12', 'semgrep:writable-filesystem-service']
    }),
    check: (project) => (0,rule_kit/* eachService */.LI)(project, (service) => {
        const entry = (0,query/* entryAt */._f)(service.node, 'read_only');
        if ((0,query/* isTrue */.Hn)(entry?.value))
            return [];
        return [
            (0,rule_kit/* hitAt */.rI)(entry?.value.place ?? service.namePlace, `Service "${service.name}" has a writable root filesystem: set read_only: true.`, `${service.name}/read_only`)
        ];
    })
};

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/security-opt.js

/** The `security_opt` items of a service. */
function securityOpts(service) {
    const list = (0,query/* entryAt */._f)(service.node, 'security_opt')?.value;
    return (0,query/* scalarItems */.xL)(list).map(({ text, node }) => {
        const at = text.search(/[:=]/);
        const name = (at < 0 ? text : text.slice(0, at)).trim().toLowerCase();
        const value = at < 0 ? '' : text.slice(at + 1).trim();
        return { name, value, node };
    });
}

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C12.js



/** CSG-C12: a service may gain privileges through setuid binaries. */
const C12 = {
    meta: (0,rule_kit/* composeMeta */.wg)({
        concern: 'C12',
        title: 'no-new-privileges is not set',
        severity: 'MEDIUM',
        help: 'Without no-new-privileges a process in the container can gain privileges through setuid or setcap binaries. Add security_opt: ["no-new-privileges:true"].',
        peers: [
            'KICS:No New Privileges Not Set',
            'CIS-5.25',
            'semgrep:no-new-privileges'
        ]
    }),
    check: (project) => (0,rule_kit/* eachService */.LI)(project, (service) => {
        const opts = securityOpts(service).filter((opt) => opt.name === 'no-new-privileges');
        if (opts.some((opt) => ['', 'true'].includes(opt.value.toLowerCase())))
            return [];
        const key = `${service.name}/security_opt/no-new-privileges`;
        const [disabled] = opts;
        if (disabled)
            return [
                (0,rule_kit/* hitAt */.rI)(disabled.node.place, `Service "${service.name}" sets no-new-privileges to ${disabled.value}: set it to true.`, key)
            ];
        const list = (0,query/* entryAt */._f)(service.node, 'security_opt');
        return [
            (0,rule_kit/* hitAt */.rI)(list?.keyPlace ?? service.namePlace, `Service "${service.name}" does not set no-new-privileges:true in security_opt.`, key)
        ];
    })
};

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C13.js


/** CSG-C13: a service runs without the seccomp filter. */
const C13 = {
    meta: (0,rule_kit/* composeMeta */.wg)({
        concern: 'C13',
        title: 'Seccomp disabled',
        severity: 'HIGH',
        help: 'seccomp:unconfined removes the filter that blocks about 40 dangerous system calls (mount, kexec_load, bpf...). Remove it, or give a custom profile that allows only the calls the service needs.',
        peers: [
            'KICS:Default Seccomp Profile Disabled',
            'CIS-5.21',
            'semgrep:seccomp-confinement-disabled'
        ]
    }),
    check: (project) => (0,rule_kit/* eachService */.LI)(project, (service) => securityOpts(service)
        .filter((opt) => /(^|:)seccomp[:=]unconfined$/i.test(`${opt.name}:${opt.value}`))
        .map((opt) => (0,rule_kit/* hitAt */.rI)(opt.node.place, `Service "${service.name}" runs with seccomp unconfined.`, `${service.name}/security_opt/seccomp`)))
};

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C14.js


// AppArmor off, SELinux labelling off, or the SELinux type that is
// exempt from confinement.
const UNCONFINED = /^(apparmor[:=]unconfined|label[:=]disable|label[:=]type:spc_t)$/i;
/** CSG-C14: a service runs without AppArmor or SELinux confinement. */
const C14 = {
    meta: (0,rule_kit/* composeMeta */.wg)({
        concern: 'C14',
        title: 'AppArmor or SELinux confinement disabled',
        severity: 'HIGH',
        help: 'apparmor:unconfined, label:disable and label:type:spc_t turn off the mandatory access control that limits what root in the container may touch on the host. Remove the option or use a profile written for the service.',
        peers: [
            'KICS:Security Opt Not Set',
            'CIS-5.1',
            'CIS-5.2',
            'semgrep:selinux-separation-disabled'
        ]
    }),
    check: (project) => (0,rule_kit/* eachService */.LI)(project, (service) => securityOpts(service)
        .filter((opt) => UNCONFINED.test(`${opt.name}:${opt.value}`))
        .map((opt) => (0,rule_kit/* hitAt */.rI)(opt.node.place, `Service "${service.name}" turns off ${opt.name === 'apparmor' ? 'AppArmor' : 'SELinux'} confinement (${opt.node.value}).`, `${service.name}/security_opt/${opt.name}`)))
};

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/limit.js


const DEPLOY = ['deploy', 'resources', 'limits'];
// Zero and -1 are how Compose and Docker write "no limit".
const UNLIMITED = new Set(['0', '-1', '0.0']);
/**
 * A rule that flags a service with no limit for one resource, pointing at
 * the deepest part of `deploy.resources.limits` written (or the service's
 * name), and at the value when it is written as unlimited.
 */
function limitRule(meta, keys) {
    return {
        meta,
        check: (project) => (0,rule_kit/* eachService */.LI)(project, (service) => {
            const key = `${service.name}/limits/${keys.deploy}`;
            const written = [
                ...keys.direct.map((k) => (0,query/* entryAt */._f)(service.node, k)),
                (0,query/* entryAt */._f)(service.node, ...DEPLOY, keys.deploy)
            ].filter((entry) => entry !== undefined);
            const unlimited = written.find((e) => UNLIMITED.has((0,query/* textOf */.b6)(e.value)?.trim() ?? ''));
            if (unlimited)
                return [
                    (0,rule_kit/* hitAt */.rI)(unlimited.value.place, `Service "${service.name}" sets no ${keys.what} limit (${(0,query/* textOf */.b6)(unlimited.value)} means unlimited).`, key)
                ];
            if (written.length > 0)
                return [];
            return [
                (0,rule_kit/* hitAt */.rI)((0,query/* nearestPlace */.sH)(service.node, DEPLOY, service.namePlace), `Service "${service.name}" has no ${keys.what} limit: set deploy.resources.limits.${keys.deploy} or ${keys.direct[0]}.`, key)
            ];
        })
    };
}

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C15.js


/** CSG-C15: a service has no memory limit. */
const C15 = limitRule((0,rule_kit/* composeMeta */.wg)({
    concern: 'C15',
    title: 'Memory limit missing',
    severity: 'MEDIUM',
    help: 'A service without a memory limit can exhaust the host memory and take down its neighbours (or be used to do so). Set deploy.resources.limits.memory (or mem_limit) to what the service needs.',
    peers: ['KICS:Memory Not Limited', 'CIS-5.10'],
    tags: ['CWE-400']
}), { direct: ['mem_limit'], deploy: 'memory', what: 'memory' });

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C16.js


/** CSG-C16: a service has no CPU limit. */
const C16 = limitRule((0,rule_kit/* composeMeta */.wg)({
    concern: 'C16',
    title: 'CPU limit missing',
    severity: 'LOW',
    help: 'A service without a CPU limit can starve other containers on the host. Set deploy.resources.limits.cpus (or cpus).',
    peers: ['KICS:Cpus Not Limited', 'CIS-5.11'],
    tags: ['CWE-400']
}), { direct: ['cpus', 'cpu_quota'], deploy: 'cpus', what: 'CPU' });

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C17.js


/** CSG-C17: a service has no process-count limit. */
const C17 = limitRule((0,rule_kit/* composeMeta */.wg)({
    concern: 'C17',
    title: 'PIDs limit missing',
    severity: 'MEDIUM',
    help: 'Without a PIDs limit a fork bomb in one container exhausts the host process table. Set pids_limit (or deploy.resources.limits.pids) to a few hundred.',
    peers: ['KICS:Pids Limit Not Set', 'CIS-5.28'],
    tags: ['CWE-400']
}), { direct: ['pids_limit'], deploy: 'pids', what: 'process' });

// EXTERNAL MODULE: ./build/src/scanners/policy/compose/secret-names.js
var secret_names = __webpack_require__(2842);
;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C18.js



/** CSG-C18: a credential is passed to a service through its environment. */
const C18 = {
    meta: (0,rule_kit/* composeMeta */.wg)({
        concern: 'C18',
        title: 'Secret passed in environment',
        severity: 'HIGH',
        help: 'A password or token written in environment: is committed with the file, and any value in the environment shows in docker inspect, crash dumps and child processes. Declare it under the top-level secrets: key, grant it with the service secrets: key, and have the application read /run/secrets/<name> (many images accept a *_FILE variable for this).',
        peers: ['KICS:Passwords And Secrets - Generic Password'],
        precision: 'high',
        tags: ['CWE-798', 'CWE-526']
    }),
    // Known limitation: files named by env_file are not read, so a secret
    // kept in an env file beside the Compose file is not reported.
    check: (project) => (0,rule_kit/* eachService */.LI)(project, (service) => {
        const environment = (0,query/* entryAt */._f)(service.node, 'environment')?.value;
        if (environment?.kind !== 'map')
            return [];
        return [...environment.entries].flatMap(([name, entry]) => {
            if (!(0,secret_names/* isSecretName */.e)(name))
                return [];
            const kind = (0,secret_names/* secretValueKind */.q)((0,query/* textOf */.b6)(entry.value));
            if (kind === 'empty')
                return [];
            const literal = kind === 'literal';
            return [
                (0,rule_kit/* hitAt */.rI)(entry.keyPlace, literal
                    ? `Service "${service.name}" has ${name} written in its environment: move it to secrets:.`
                    : `Service "${service.name}" receives ${name} through its environment: prefer secrets:.`, `${service.name}/environment/${name}`, literal ? undefined : 'LOW')
            ];
        });
    })
};

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C19.js


/** CSG-C19: a service sits on the default network, or a backend network is not internal. */
const C19 = {
    meta: (0,rule_kit/* composeMeta */.wg)({
        concern: 'C19',
        title: 'Service network not segmented',
        severity: 'LOW',
        help: 'Services left on the default network can all reach each other, and a network that only joins services publishing no ports still routes to the internet. Declare networks per tier, attach each service to the ones it needs, and mark back-end networks internal: true.',
        peers: ['KICS:Networks Not Set', 'CIS-5.29'],
        precision: 'medium'
    }),
    check: (project) => [
        ...(0,rule_kit/* eachService */.LI)(project, (service) => {
            if ((0,query/* entryAt */._f)(service.node, 'networks') ||
                (0,query/* entryAt */._f)(service.node, 'network_mode'))
                return [];
            return [
                (0,rule_kit/* hitAt */.rI)(service.namePlace, `Service "${service.name}" is on the default network with every other service: attach it to declared networks.`, `${service.name}/networks`)
            ];
        }),
        ...backendHits(project)
    ]
};
// A declared network whose members publish no ports is a back end.
function backendHits(project) {
    const networks = (0,query/* entryAt */._f)(project.root, 'networks')?.value;
    if (networks?.kind !== 'map')
        return [];
    return [...networks.entries].flatMap(([name, entry]) => {
        const node = entry.value.kind === 'map' ? entry.value : undefined;
        if (node &&
            ((0,query/* isTrue */.Hn)((0,query/* entryAt */._f)(node, 'internal')?.value) ||
                (0,query/* isTrue */.Hn)((0,query/* entryAt */._f)(node, 'external')?.value)))
            return [];
        const members = project.services.filter((service) => {
            const attached = (0,query/* entryAt */._f)(service.node, 'networks')?.value;
            if (attached?.kind === 'map')
                return attached.entries.has(name);
            return (0,query/* itemsOf */.S3)(attached).some((item) => (0,query/* textOf */.b6)(item) === name);
        });
        const publishes = members.some((service) => (0,query/* itemsOf */.S3)((0,query/* entryAt */._f)(service.node, 'ports')?.value).length > 0);
        if (members.length === 0 || publishes)
            return [];
        return [
            (0,rule_kit/* hitAt */.rI)(entry.keyPlace, `Network "${name}" only joins services that publish no ports: mark it internal: true.`, `networks/${name}`)
        ];
    });
}

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/ports.js

/** Reads one `ports` item; undefined for items of no known shape. */
function parsePort(item) {
    if (item.kind === 'scalar' && item.value !== null)
        return parseShort(String(item.value), item.place);
    if (item.kind !== 'map')
        return undefined;
    const target = (0,query/* textOf */.b6)((0,query/* entryAt */._f)(item, 'target')?.value);
    if (target === undefined)
        return undefined;
    let hostIp = (0,query/* textOf */.b6)((0,query/* entryAt */._f)(item, 'host_ip')?.value);
    let published = (0,query/* textOf */.b6)((0,query/* entryAt */._f)(item, 'published')?.value);
    // Some files write `published: 127.0.0.1:8080`; read the address too.
    const colon = published?.lastIndexOf(':') ?? -1;
    if (published !== undefined && colon >= 0) {
        hostIp ??= published.slice(0, colon);
        published = published.slice(colon + 1) || undefined;
    }
    if (published !== undefined && /^\d+(\.\d+){3}$/.test(published)) {
        hostIp ??= published;
        published = undefined;
    }
    return {
        ...(hostIp ? { hostIp } : {}),
        ...(published ? { published } : {}),
        target,
        place: item.place
    };
}
function parseShort(text, place) {
    const spec = text.replace(/\/\w+$/, '');
    let hostIp;
    let rest = spec;
    const bracket = /^\[([^\]]*)\]:(.*)$/.exec(spec);
    if (bracket) {
        hostIp = bracket[1];
        rest = bracket[2] ?? '';
    }
    const parts = rest.split(':');
    if (!bracket && parts.length >= 3)
        hostIp = parts.shift();
    const target = parts.pop() ?? '';
    const published = parts.pop();
    return {
        ...(hostIp ? { hostIp } : {}),
        ...(published ? { published } : {}),
        target,
        place
    };
}
/** The lowest port of `8000` or `8000-8010`; NaN when not a number. */
function lowestPort(range) {
    return Number(range.split('-')[0]);
}
/** True when the host address is every interface (or unset). */
function isAllInterfaces(hostIp) {
    return hostIp === undefined || ['0.0.0.0', '::', ''].includes(hostIp);
}

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C20.js



/** CSG-C20: a port is published on every host interface. */
const C20 = {
    meta: (0,rule_kit/* composeMeta */.wg)({
        concern: 'C20',
        title: 'Port published on all interfaces',
        severity: 'MEDIUM',
        help: 'A port written without a host address ("8080:80") is published on 0.0.0.0, every interface of the host, and Docker\'s firewall rules bypass the host firewall. Bind to the interface meant to serve it ("127.0.0.1:8080:80" or host_ip:).',
        peers: ['KICS:Container Traffic Not Bound To Host Interface', 'CIS-5.13']
    }),
    check: (project) => (0,rule_kit/* eachService */.LI)(project, (service) => (0,query/* itemsOf */.S3)((0,query/* entryAt */._f)(service.node, 'ports')?.value).flatMap((item) => {
        const port = parsePort(item);
        if (!port || !isAllInterfaces(port.hostIp))
            return [];
        return [
            (0,rule_kit/* hitAt */.rI)(port.place, `Service "${service.name}" publishes container port ${port.target} on every host interface.`, `${service.name}/ports/${port.published ?? ''}:${port.target}`)
        ];
    }))
};

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C21.js



/** CSG-C21: a privileged host port (below 1024) is published. */
const C21 = {
    meta: (0,rule_kit/* composeMeta */.wg)({
        concern: 'C21',
        title: 'Privileged host port published',
        severity: 'LOW',
        help: 'Host ports below 1024 are reserved for system services; publishing one from a container can shadow them. Publish a port of 1024 or above and put a reverse proxy in front if the standard port is needed.',
        peers: ['KICS:Privileged Ports Mapped In Container', 'CIS-5.7']
    }),
    check: (project) => (0,rule_kit/* eachService */.LI)(project, (service) => (0,query/* itemsOf */.S3)((0,query/* entryAt */._f)(service.node, 'ports')?.value).flatMap((item) => {
        const port = parsePort(item);
        if (port?.published === undefined)
            return [];
        const lowest = lowestPort(port.published);
        if (!(lowest < 1024))
            return [];
        return [
            (0,rule_kit/* hitAt */.rI)(port.place, `Service "${service.name}" publishes privileged host port ${port.published}.`, `${service.name}/ports/${port.published}`)
        ];
    }))
};

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C22.js


/** CSG-C22: a service has no health check, or turns it off. */
const C22 = {
    meta: (0,rule_kit/* composeMeta */.wg)({
        concern: 'C22',
        title: 'Health check missing or disabled',
        severity: 'LOW',
        help: "Without a health check the engine cannot tell a hung service from a healthy one, and depends_on cannot wait for readiness. Add a healthcheck: with a test command (or keep the image's HEALTHCHECK and do not disable it).",
        peers: ['KICS:Healthcheck Not Set', 'CIS-5.26'],
        precision: 'high'
    }),
    check: (project) => (0,rule_kit/* eachService */.LI)(project, (service) => {
        const key = `${service.name}/healthcheck`;
        const healthcheck = (0,query/* entryAt */._f)(service.node, 'healthcheck');
        if (!healthcheck)
            return [
                (0,rule_kit/* hitAt */.rI)(service.namePlace, `Service "${service.name}" has no healthcheck.`, key)
            ];
        const disable = (0,query/* entryAt */._f)(service.node, 'healthcheck', 'disable')?.value;
        if (disable && (0,query/* isTrue */.Hn)(disable))
            return [
                (0,rule_kit/* hitAt */.rI)(disable.place, `Service "${service.name}" disables its health check.`, key)
            ];
        const test = (0,query/* entryAt */._f)(service.node, 'healthcheck', 'test')?.value;
        const first = (0,query/* textOf */.b6)((0,query/* itemsOf */.S3)(test)[0]);
        if (test && first?.toUpperCase() === 'NONE')
            return [
                (0,rule_kit/* hitAt */.rI)(test.place, `Service "${service.name}" disables its health check (test: NONE).`, key)
            ];
        return [];
    })
};

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C23.js


/** CSG-C23: a service restarts without bound. Off by default. */
const C23 = {
    meta: (0,rule_kit/* composeMeta */.wg)({
        concern: 'C23',
        title: 'Restart policy without a retry limit',
        severity: 'LOW',
        help: 'restart: always (or unless-stopped, or on-failure without a count) restarts a crashing service forever, which hides the failure and can keep an exploited process coming back. Use restart: on-failure:5, or deploy.restart_policy with max_attempts.',
        peers: ['KICS:Restart Policy On Failure Not Set To 5', 'CIS-5.14'],
        offByDefault: true
    }),
    check: (project) => (0,rule_kit/* eachService */.LI)(project, (service) => {
        const restart = (0,query/* entryAt */._f)(service.node, 'restart')?.value;
        const text = (0,query/* textOf */.b6)(restart)?.trim().toLowerCase();
        const key = `${service.name}/restart`;
        if (restart && text && /^(always|unless-stopped|on-failure)$/.test(text))
            return [
                (0,rule_kit/* hitAt */.rI)(restart.place, `Service "${service.name}" restarts without a limit (restart: ${text}).`, key)
            ];
        const policy = (0,query/* entryAt */._f)(service.node, 'deploy', 'restart_policy');
        const attempts = (0,query/* entryAt */._f)(service.node, 'deploy', 'restart_policy', 'max_attempts');
        if (!policy || attempts)
            return [];
        const condition = (0,query/* textOf */.b6)((0,query/* entryAt */._f)(service.node, 'deploy', 'restart_policy', 'condition')?.value);
        if (condition === 'none')
            return [];
        return [
            (0,rule_kit/* hitAt */.rI)(policy.keyPlace, `Service "${service.name}" has a restart_policy without max_attempts.`, key)
        ];
    })
};

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C24.js


/** CSG-C24: a service leaves Docker's cgroup (cgroup_parent, cgroup: host). */
const C24 = {
    meta: (0,rule_kit/* composeMeta */.wg)({
        concern: 'C24',
        title: 'Service cgroup not the default',
        severity: 'MEDIUM',
        help: 'cgroup_parent places the container under another cgroup, outside the limits Docker manages, and cgroup: host shares the host cgroup namespace. Remove them unless a documented resource-management setup needs them.',
        peers: ['KICS:Cgroup Not Default', 'CIS-5.24']
    }),
    check: (project) => (0,rule_kit/* eachService */.LI)(project, (service) => {
        const hits = [];
        const parent = (0,query/* entryAt */._f)(service.node, 'cgroup_parent')?.value;
        if (parent && (0,query/* textOf */.b6)(parent))
            hits.push((0,rule_kit/* hitAt */.rI)(parent.place, `Service "${service.name}" sets cgroup_parent: ${(0,query/* textOf */.b6)(parent)}.`, `${service.name}/cgroup_parent`));
        const cgroup = (0,query/* entryAt */._f)(service.node, 'cgroup')?.value;
        if (cgroup && (0,query/* textOf */.b6)(cgroup)?.toLowerCase() === 'host')
            hits.push((0,rule_kit/* hitAt */.rI)(cgroup.place, `Service "${service.name}" shares the host cgroup namespace (cgroup: host).`, `${service.name}/cgroup`));
        return hits;
    })
};

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C25.js



/** CSG-C25: a mount propagates back to the host, or a volume is shared writable. */
const C25 = {
    meta: (0,rule_kit/* composeMeta */.wg)({
        concern: 'C25',
        title: 'Shared mount propagation or shared writable volume',
        severity: 'MEDIUM',
        help: 'Shared mount propagation (:shared, :rshared, bind.propagation: shared) lets mounts made in the container appear on the host. A named volume mounted writable by several services lets one compromised service plant files for the others. Use the default private propagation and mount shared volumes read-only where only one service writes.',
        peers: [
            'KICS:Volume Mounted In Multiple Containers',
            'KICS:Shared Volumes Between Containers',
            'CIS-5.19'
        ],
        precision: 'high'
    }),
    check: (project) => [
        ...(0,rule_kit/* eachService */.LI)(project, (service) => (0,query/* itemsOf */.S3)((0,query/* entryAt */._f)(service.node, 'volumes')?.value).flatMap((item) => {
            const mount = (0,volumes/* parseVolume */.w)(item);
            if (!mount?.propagation || !/^r?shared$/.test(mount.propagation))
                return [];
            return [
                (0,rule_kit/* hitAt */.rI)(mount.itemPlace, `Service "${service.name}" mounts ${mount.source ?? mount.target} with ${mount.propagation} propagation.`, `${service.name}/volumes/${mount.target}/propagation`)
            ];
        })),
        ...sharedWritableHits(project)
    ]
};
// The second and later writable mounts of one named volume.
function sharedWritableHits(project) {
    const seen = new Map();
    const hits = [];
    for (const service of project.services)
        for (const item of (0,query/* itemsOf */.S3)((0,query/* entryAt */._f)(service.node, 'volumes')?.value)) {
            const mount = (0,volumes/* parseVolume */.w)(item);
            if (mount?.type !== 'volume' || !mount.source || mount.readOnly)
                continue;
            const first = seen.get(mount.source);
            if (first === undefined) {
                seen.set(mount.source, service.name);
                continue;
            }
            if (first === service.name)
                continue;
            hits.push((0,rule_kit/* hitAt */.rI)(mount.itemPlace, `Volume "${mount.source}" is mounted writable by "${first}" and "${service.name}": mount it read-only where the service only reads.`, `${service.name}/volumes/${mount.source}/shared`, 'LOW'));
        }
    return hits;
}

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C26.js


/** The tag of an image reference; undefined when it has none. */
function imageTag(ref) {
    const name = ref.split('@')[0] ?? '';
    const last = name.slice(name.lastIndexOf('/') + 1);
    const at = last.lastIndexOf(':');
    return at < 0 ? undefined : last.slice(at + 1);
}
/** CSG-C26: a service image has no tag or uses `latest`. */
const C26 = {
    meta: (0,rule_kit/* composeMeta */.wg)({
        concern: 'C26',
        title: 'Image untagged or latest',
        severity: 'MEDIUM',
        help: 'An image without a tag, or tagged latest, changes under you: each pull can bring a different, unreviewed image. Pin a version tag, and better its digest (image: name:1.2.3@sha256:...).',
        peers: ['Trivy-custom:USR-COMPOSE-0001', 'DL3006', 'DL3007']
    }),
    check: (project) => (0,rule_kit/* eachService */.LI)(project, (service) => {
        const image = (0,query/* entryAt */._f)(service.node, 'image')?.value;
        const ref = (0,query/* textOf */.b6)(image)?.trim();
        // A variable may carry a pinned reference; it cannot be judged here.
        if (!image || !ref || ref.includes('$') || ref.includes('@'))
            return [];
        const tag = imageTag(ref);
        if (tag !== undefined && tag !== 'latest')
            return [];
        return [
            (0,rule_kit/* hitAt */.rI)(image.place, tag
                ? `Service "${service.name}" uses ${ref}: pin a version.`
                : `Service "${service.name}" uses ${ref} without a tag (implicitly latest): pin a version.`, `${service.name}/image`)
        ];
    })
};

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C27.js


/** True for `root`, `0`, `root:group` and `0:0`. */
function isRootUser(user) {
    const name = user.trim().split(':')[0]?.trim();
    return name === 'root' || name === '0';
}
/** CSG-C27: a service runs as root. */
const C27 = {
    meta: (0,rule_kit/* composeMeta */.wg)({
        concern: 'C27',
        title: 'Service runs as root',
        severity: 'HIGH',
        help: 'user: root (or 0) overrides the image\'s non-root USER and runs the service as root, so any escape starts with root rights. Remove it or set a numeric non-root UID such as user: "10001:10001". With level: strict a service without user: is reported too, since only the image then decides.',
        peers: ['semgrep:service-runs-as-root', 'CIS-4.1']
    }),
    check: (project, context) => (0,rule_kit/* eachService */.LI)(project, (service) => {
        const user = (0,query/* entryAt */._f)(service.node, 'user')?.value;
        const text = (0,query/* textOf */.b6)(user);
        const key = `${service.name}/user`;
        if (user && text !== undefined && isRootUser(text))
            return [
                (0,rule_kit/* hitAt */.rI)(user.place, `Service "${service.name}" runs as ${text}.`, key)
            ];
        if (user || context.policy.level !== 'strict')
            return [];
        return [
            (0,rule_kit/* hitAt */.rI)(service.namePlace, `Service "${service.name}" sets no user: the image decides, which is root unless its Dockerfile says otherwise.`, key, 'LOW')
        ];
    })
};

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C28.js


// Devices that give raw access to memory, disks or the kernel.
const RAW = /^\/dev\/(mem|kmem|port|sd[a-z]|nvme|vd[a-z]|xvd[a-z]|hd[a-z]|dm-|mapper|loop|fuse$|kvm$)/;
/** CSG-C28: host devices are passed to a service. */
const C28 = {
    meta: (0,rule_kit/* composeMeta */.wg)({
        concern: 'C28',
        title: 'Host device exposed',
        severity: 'MEDIUM',
        help: 'devices: and device_cgroup_rules: give the container direct access to host hardware; raw memory, disks and loop devices let it read or change the host. Pass only the device a service needs, read-only where it can be (/dev/x:/dev/x:r).',
        peers: ['CIS-5.17']
    }),
    check: (project) => (0,rule_kit/* eachService */.LI)(project, (service) => [
        ...(0,query/* itemsOf */.S3)((0,query/* entryAt */._f)(service.node, 'devices')?.value).flatMap((item) => {
            const source = (0,query/* textOf */.b6)(item)?.split(':')[0] ??
                (0,query/* textOf */.b6)(item.kind === 'map' ? (0,query/* entryAt */._f)(item, 'source')?.value : undefined);
            if (!source)
                return [];
            return [
                (0,rule_kit/* hitAt */.rI)(item.place, `Service "${service.name}" has host device ${source}.`, `${service.name}/devices/${source}`, RAW.test(source) ? 'HIGH' : undefined)
            ];
        }),
        ...(0,query/* scalarItems */.xL)((0,query/* entryAt */._f)(service.node, 'device_cgroup_rules')?.value).map(({ text, node }) => (0,rule_kit/* hitAt */.rI)(node.place, `Service "${service.name}" allows devices by cgroup rule "${text}".`, `${service.name}/device_cgroup_rules/${text}`, /^a\b|\*:\*/.test(text) ? 'HIGH' : undefined))
    ])
};

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/C29.js


/** CSG-C29: a read-only service has nowhere to write. Off by default. */
const C29 = {
    meta: (0,rule_kit/* composeMeta */.wg)({
        concern: 'C29',
        title: 'Read-only service without writable paths',
        severity: 'LOW',
        help: 'Most programs write somewhere (/tmp, a cache, a PID file). A read_only: true service with no tmpfs: and no volumes: often fails at start, and the usual fix is to drop read_only. Give the paths it writes a tmpfs (tmpfs: [/tmp]) or a volume instead.',
        peers: [],
        precision: 'medium',
        offByDefault: true,
        strict: true
    }),
    check: (project) => (0,rule_kit/* eachService */.LI)(project, (service) => {
        const readOnly = (0,query/* entryAt */._f)(service.node, 'read_only')?.value;
        if (!readOnly || !(0,query/* isTrue */.Hn)(readOnly))
            return [];
        const writable = ['tmpfs', 'volumes'].some((key) => (0,query/* itemsOf */.S3)((0,query/* entryAt */._f)(service.node, key)?.value).length > 0);
        if (writable)
            return [];
        return [
            (0,rule_kit/* hitAt */.rI)(readOnly.place, `Service "${service.name}" is read-only with no tmpfs or volume to write to.`, `${service.name}/read_only/tmpfs`)
        ];
    })
};

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/rules/index.js





























/** Every Compose rule, in POLICY.md order. */
const COMPOSE_RULES = [
    C1,
    C2.C2,
    C3,
    C4,
    C5,
    C6,
    C7,
    C8,
    C9.C9,
    C10,
    C11,
    C12,
    C13,
    C14,
    C15,
    C16,
    C17,
    C18,
    C19,
    C20,
    C21,
    C22,
    C23,
    C24,
    C25,
    C26,
    C27,
    C28,
    C29
];

// EXTERNAL MODULE: ./build/src/scanners/policy/compose/unknown-suppression.js
var unknown_suppression = __webpack_require__(3071);
;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/checker.js










const METAS = COMPOSE_RULES.map((rule) => rule.meta);
/**
 * Checks Compose files: groups them into projects, merges each project's
 * files, runs every enabled rule, applies inline suppressions and checks
 * the seccomp profiles the services name.
 */
async function checkComposeFiles(files, root, policy) {
    const cache = new Map();
    const load = (file) => {
        let loaded = cache.get(file);
        if (!loaded) {
            loaded = (0,compose_load/* loadYaml */.yv)(root, file);
            cache.set(file, loaded);
        }
        return loaded;
    };
    const findings = [];
    const errors = [];
    const seccomp = [];
    for (const group of groupProjects(files)) {
        const built = await buildProject(group, load);
        for (const error of built.errors)
            errors.push({
                path: error.path,
                message: `Compose file ${error.path}: ${error.message}`
            });
        if (!built.project)
            continue;
        findings.push(...runRules(built.project, policy, await suppressionsOf(built.project, load)));
        seccomp.push(...seccompRefs(built.project));
    }
    const profiles = await (0,policy_seccomp/* checkSeccompProfiles */.jZ)(seccomp, policy, load);
    return {
        findings: [...findings, ...profiles.findings],
        errors: [...errors, ...profiles.errors]
    };
}
function runRules(project, policy, inline) {
    const findings = [];
    const seen = new Set();
    for (const rule of COMPOSE_RULES) {
        if (!(0,settings/* isRuleEnabled */.E)(rule.meta, policy))
            continue;
        for (const hit of rule.check(project, {
            path: project.files[0] ?? '',
            policy
        })) {
            const id = `${rule.meta.id}|${hit.path}|${hit.region.startLine}|${hit.key}`;
            if (seen.has(id))
                continue;
            seen.add(id);
            const suppression = inline
                .get(hit.path)
                ?.suppressionFor(rule.meta.id, hit.region.startLine);
            findings.push((0,finding/* toPolicyFinding */.X)(rule.meta, hit, hit.path, policy, suppression));
        }
    }
    if ((0,settings/* isRuleEnabled */.E)(unknown_suppression/* UNKNOWN_SUPPRESSION */.P, policy))
        for (const [file, comments] of inline)
            for (const unknown of comments.unknownIds())
                findings.push((0,unknown_suppression/* unknownSuppressionFinding */.g)(file, unknown, policy));
    return findings;
}
async function suppressionsOf(project, load) {
    const byFile = new Map();
    for (const file of project.files) {
        const loaded = await load(file);
        if (loaded.ok)
            byFile.set(file, new inline/* InlineSuppressions */.S(loaded.text, file, [
                ...METAS,
                unknown_suppression/* UNKNOWN_SUPPRESSION */.P
            ]));
    }
    return byFile;
}
function seccompRefs(project) {
    return project.services.flatMap((service) => securityOpts(service)
        .filter((opt) => opt.name === 'seccomp' && (0,policy_seccomp/* isProfileValue */.Hk)(opt.value))
        .map((opt) => ({ written: opt.value, from: opt.node.place })));
}

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/index.js





/** Every Compose rule's metadata, in POLICY.md order. */
const composeRules = COMPOSE_RULES.map((rule) => rule.meta);
/** Checks Compose files and the seccomp profiles they name. */
const composeChecker = {
    kind: 'compose',
    rules: [...composeRules, ...policy_seccomp/* seccompRules */.YJ, unknown_suppression/* UNKNOWN_SUPPRESSION */.P],
    check: checkComposeFiles
};


/***/ }),

/***/ 3382:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ InlineSuppressions)
/* harmony export */ });
/* harmony import */ var _suppression_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2339);

/**
 * The `# csg-ignore=...` comments of one `#`-commented text file (YAML,
 * shell): which rules each silences, for the line below them or the file.
 */
class InlineSuppressions {
    path;
    rules;
    byLine = new Map();
    fileWide = [];
    lines;
    constructor(text, path, rules) {
        this.path = path;
        this.rules = rules;
        this.lines = text.split(/\r?\n/);
        this.lines.forEach((raw, index) => {
            const text = raw.trim();
            if (!text.startsWith('#'))
                return;
            const parsed = (0,_suppression_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSuppression */ .$)(text.slice(1));
            if (!parsed)
                return;
            if (parsed.scope === 'file')
                this.fileWide.push({ line: index + 1, s: parsed });
            else
                this.byLine.set(index + 1, parsed);
        });
    }
    /**
     * The suppression of `ruleId` at `line`: a comment in the block of
     * comment lines right above it, or a file-wide one.
     */
    suppressionFor(ruleId, line) {
        for (let at = line - 1; at >= 1; at--) {
            if (!this.lines[at - 1]?.trim().startsWith('#'))
                break;
            const found = this.byLine.get(at);
            if (found && this.covers(found, ruleId))
                return this.toSuppression(found, at);
        }
        const wide = this.fileWide.find((f) => this.covers(f.s, ruleId));
        return wide ? this.toSuppression(wide.s, wide.line) : undefined;
    }
    /** Ids named in comments that match no rule. */
    unknownIds() {
        const all = [
            ...[...this.byLine].map(([line, s]) => ({ line, s })),
            ...this.fileWide
        ];
        return all.flatMap(({ line, s }) => (0,_suppression_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveSuppression */ .I)(s, this.rules).unknownIds.map((id) => ({ id, line })));
    }
    covers(s, ruleId) {
        return (0,_suppression_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveSuppression */ .I)(s, this.rules).ruleIds.has(ruleId);
    }
    toSuppression(s, line) {
        return {
            kind: 'inline',
            reason: s.reason ?? 'no reason given',
            by: `${this.path}:${line}`
        };
    }
}


/***/ }),

/***/ 5622:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yv: () => (/* binding */ loadYaml),
  yR: () => (/* binding */ readText)
});

// UNUSED EXPORTS: parseYamlText

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/yaml-node.js

/** Deeper than any real Compose file; stops recursion on hostile input. */
const MAX_DEPTH = 64;
/** Node conversions allowed per file; bounds alias fan-out. */
const MAX_NODES = 100_000;
/**
 * Alias dereferences allowed per file, like `yaml`'s `maxAliasCount`: a
 * "billion laughs" document needs exponentially many.
 */
const MAX_ALIAS_COUNT = 1_000;
/** Thrown when a document is too deep or expands too far to convert. */
class YamlLimitError extends Error {
    name = 'YamlLimitError';
}
/**
 * Converts a parsed YAML document into position-carrying nodes, resolving
 * aliases and `<<` merge keys so that rules see the values Compose sees
 * while findings still point at the text that set them.
 */
function toYNode(doc, lines, path) {
    const anchors = anchorsOf(doc);
    let budget = MAX_NODES;
    let aliases = MAX_ALIAS_COUNT;
    const placeOf = (range) => new LazyPlace(path, lines, range?.[0] ?? 0, range?.[1] ?? range?.[0] ?? 0);
    const convert = (node, depth) => {
        if (--budget < 0)
            throw new YamlLimitError(`more than ${MAX_NODES} nodes`);
        if (depth > MAX_DEPTH)
            throw new YamlLimitError(`nesting deeper than ${MAX_DEPTH} levels`);
        if ((0,dist/* isAlias */.Vj)(node)) {
            if (--aliases < 0)
                throw new YamlLimitError(`more than ${MAX_ALIAS_COUNT} alias uses (an alias bomb?)`);
            return convert(resolveAlias(anchors, node.source, node.range), depth + 1);
        }
        const tag = node?.tag;
        const withTag = tag ? { tag } : {};
        if ((0,dist/* isScalar */.jn)(node)) {
            const value = node.value;
            const plain = value === null ||
                typeof value === 'string' ||
                typeof value === 'number' ||
                typeof value === 'boolean'
                ? value
                : String(value);
            return {
                kind: 'scalar',
                value: plain,
                place: placeOf(node.range),
                ...withTag
            };
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            const items = node.items
                .map((item) => convert(item, depth + 1))
                .filter((item) => item !== undefined);
            return { kind: 'seq', items, place: placeOf(node.range), ...withTag };
        }
        if ((0,dist/* isMap */.jh)(node))
            return convertMap(node.items, node.range, depth, withTag);
        return undefined;
    };
    const convertMap = (pairs, range, depth, withTag) => {
        const own = new Map();
        const merged = [];
        for (const pair of pairs) {
            if (!(0,dist/* isPair */.tO)(pair))
                continue;
            const key = pair.key;
            const keyValue = (0,dist/* isScalar */.jn)(key) ? key.value : key;
            if (typeof keyValue === 'symbol' || keyValue === '<<') {
                merged.push(...mergeSources(pair.value, depth));
                continue;
            }
            const value = convert(pair.value, depth + 1) ?? nullAt(pair, key);
            const keyPlace = placeOf(key?.range);
            own.set(String(keyValue), { keyPlace, value });
        }
        // Explicit keys win over merged ones, and earlier merge sources win
        // over later ones, as the YAML 1.1 merge key type defines.
        const entries = new Map();
        for (const source of merged.reverse())
            for (const [k, v] of source.entries)
                entries.set(k, v);
        for (const [k, v] of own)
            entries.set(k, v);
        return { kind: 'map', entries, place: placeOf(range), ...withTag };
    };
    const mergeSources = (value, depth) => {
        const node = convert(value, depth + 1);
        if (node?.kind === 'map')
            return [node];
        if (node?.kind === 'seq')
            return node.items.filter((item) => item.kind === 'map');
        return [];
    };
    const nullAt = (pair, key) => ({
        kind: 'scalar',
        value: null,
        place: placeOf(pair.value?.range ?? key?.range)
    });
    return convert(doc.contents, 0);
}
// Anchored nodes by name, in document order. `Alias.resolve` walks the
// whole document on every call; one walk per file is enough.
function anchorsOf(doc) {
    const anchors = new Map();
    const walk = (node, depth) => {
        if (depth > MAX_DEPTH || !node || (0,dist/* isAlias */.Vj)(node))
            return;
        const anchor = node.anchor;
        if (anchor)
            anchors.set(anchor, [...(anchors.get(anchor) ?? []), node]);
        if ((0,dist/* isMap */.jh)(node))
            for (const pair of node.items) {
                walk(pair.key, depth + 1);
                walk(pair.value, depth + 1);
            }
        else if ((0,dist/* isSeq */.oP)(node))
            for (const item of node.items)
                walk(item, depth + 1);
    };
    walk(doc.contents, 0);
    return anchors;
}
/**
 * A place whose line and column are worked out only when asked: most
 * nodes are never reported, and a file has thousands of them.
 */
class LazyPlace {
    path;
    lines;
    start;
    end;
    cached;
    constructor(path, lines, start, end) {
        this.path = path;
        this.lines = lines;
        this.start = start;
        this.end = end;
    }
    get region() {
        if (!this.cached) {
            const from = this.lines.linePos(this.start);
            const to = this.lines.linePos(this.end);
            this.cached = {
                startLine: from.line,
                startColumn: from.col,
                endLine: to.line,
                endColumn: to.col
            };
        }
        return this.cached;
    }
}
// The latest definition of the anchor before the alias, as YAML says.
function resolveAlias(anchors, name, range) {
    const at = range?.[0] ?? Number.MAX_SAFE_INTEGER;
    const found = (anchors.get(name) ?? []).filter((node) => (node.range?.[0] ?? 0) < at);
    return found[found.length - 1];
}

;// CONCATENATED MODULE: ./build/src/scanners/policy/compose/load.js





/** Larger than any hand-written Compose file or seccomp profile. */
const MAX_BYTES = 4 * 1024 * 1024;
/**
 * Reads a repository file as text, refusing what is too large or binary,
 * so that one odd file becomes an error for that file alone.
 */
async function readText(root, file) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(external_node_path_.resolve(root, file));
    }
    catch (error) {
        return { message: `cannot read the file: ${(0,errors/* errorText */.kc)(error)}` };
    }
    if (bytes.length > MAX_BYTES)
        return { message: `the file is larger than ${MAX_BYTES} bytes` };
    if (bytes.subarray(0, 8192).includes(0))
        return { message: 'the file is binary (it contains NUL bytes), not YAML' };
    return { text: bytes.toString('utf8') };
}
/**
 * Parses YAML with YAML 1.1 scalars (Compose files rely on `yes`/`on`
 * booleans) and merge keys; the top level must be a mapping.
 */
function parseYamlText(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, {
        version: '1.1',
        merge: true,
        lineCounter: lines,
        prettyErrors: false,
        uniqueKeys: true
    });
    const [first] = doc.errors;
    if (first) {
        const at = lines.linePos(first.pos[0]);
        const where = ` at line ${at.line}, column ${at.col}`;
        return { ok: false, message: `invalid YAML${where}: ${first.message}` };
    }
    try {
        const node = toYNode(doc, lines, file);
        if (node?.kind !== 'map')
            return { ok: false, message: 'the top level is not a mapping' };
        return { ok: true, root: node, text };
    }
    catch (error) {
        if (error instanceof YamlLimitError || error instanceof RangeError)
            return { ok: false, message: `YAML too complex: ${error.message}` };
        throw error;
    }
}
/** Reads and parses one file relative to `root`. */
async function loadYaml(root, file) {
    const read = await readText(root, file);
    if ('message' in read)
        return { ok: false, message: read.message };
    return parseYamlText(read.text, file);
}


/***/ }),

/***/ 2843:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ isTrue),
/* harmony export */   S3: () => (/* binding */ itemsOf),
/* harmony export */   _f: () => (/* binding */ entryAt),
/* harmony export */   b6: () => (/* binding */ textOf),
/* harmony export */   pj: () => (/* binding */ plain),
/* harmony export */   sH: () => (/* binding */ nearestPlace),
/* harmony export */   xL: () => (/* binding */ scalarItems)
/* harmony export */ });
/** The entry at `keys` under `map`, when every key on the way exists. */
function entryAt(map, ...keys) {
    let current = map;
    let found;
    for (const key of keys) {
        if (current.kind !== 'map')
            return undefined;
        found = current.entries.get(key);
        if (!found)
            return undefined;
        current = found.value;
    }
    return found;
}
/**
 * Where to point when `keys` is missing: the deepest key on the way that
 * exists, or `fallback` (the service's name) when none does.
 */
function nearestPlace(map, keys, fallback) {
    let current = map;
    let place = fallback;
    for (const key of keys) {
        if (current.kind !== 'map')
            break;
        const found = current.entries.get(key);
        if (!found)
            break;
        place = found.keyPlace;
        current = found.value;
    }
    return place;
}
// Known limitation: `${VAR}` interpolation is not resolved, so a value such
// as `privileged: ${PRIV:-true}` is judged by its literal text.
/** The text of a scalar (numbers and booleans as written by YAML). */
function textOf(node) {
    if (node?.kind !== 'scalar' || node.value === null)
        return undefined;
    return String(node.value);
}
/** True for YAML `true`/`yes`/`on` and the string `"true"`. */
function isTrue(node) {
    if (node?.kind !== 'scalar')
        return false;
    return node.value === true || String(node.value).toLowerCase() === 'true';
}
/** The items of a sequence, or the one scalar written instead of a list. */
function itemsOf(node) {
    if (!node)
        return [];
    if (node.kind === 'seq')
        return node.items;
    return node.kind === 'scalar' && node.value !== null ? [node] : [];
}
/** Scalar items of a list, with their text. */
function scalarItems(node) {
    return itemsOf(node).flatMap((item) => item.kind === 'scalar' && item.value !== null
        ? [{ text: String(item.value), node: item }]
        : []);
}
/** The node as plain JavaScript data, places dropped. */
function plain(node) {
    if (!node)
        return undefined;
    switch (node.kind) {
        case 'scalar':
            return node.value;
        case 'seq':
            return node.items.map(plain);
        case 'map':
            return Object.fromEntries([...node.entries].map(([key, entry]) => [key, plain(entry.value)]));
    }
}


/***/ }),

/***/ 2752:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ eachService),
/* harmony export */   rI: () => (/* binding */ hitAt),
/* harmony export */   wg: () => (/* binding */ composeMeta)
/* harmony export */ });
/** The metadata of a Compose rule, with the house tags. */
function composeMeta(spec) {
    return {
        id: `CSG-${spec.concern}`,
        concern: spec.concern,
        title: spec.title,
        help: spec.help,
        defaultSeverity: spec.severity,
        precision: spec.precision ?? 'very-high',
        tags: ['security', 'compose', ...(spec.tags ?? [])],
        peers: spec.peers,
        ...(spec.offByDefault ? { offByDefault: true } : {}),
        ...(spec.strict ? { strict: true } : {})
    };
}
/** A hit at `place`, keyed for the fingerprint by service and key. */
function hitAt(place, message, key, severity) {
    return {
        path: place.path,
        region: place.region,
        message,
        key,
        ...(severity ? { severity } : {})
    };
}
/** Runs `check` on every service and collects the hits. */
function eachService(project, check) {
    return project.services.flatMap((service) => check(service));
}


/***/ }),

/***/ 1370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ C2),
/* harmony export */   CQ: () => (/* binding */ capabilitySeverity),
/* harmony export */   IN: () => (/* binding */ capabilityName)
/* harmony export */ });
/* unused harmony export DANGEROUS_CAPABILITIES */
/* harmony import */ var _query_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2843);
/* harmony import */ var _rule_kit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2752);


/** Capabilities that open a path out of the container or into the kernel. */
const DANGEROUS_CAPABILITIES = new Set([
    'SYS_ADMIN',
    'SYS_MODULE',
    'SYS_PTRACE',
    'SYS_RAWIO',
    'SYS_BOOT',
    'SYS_TIME',
    'NET_ADMIN',
    'NET_RAW',
    'DAC_READ_SEARCH',
    'DAC_OVERRIDE',
    'BPF',
    'PERFMON',
    'SYSLOG',
    'MAC_ADMIN',
    'MAC_OVERRIDE',
    'LINUX_IMMUTABLE',
    'SETFCAP'
]);
/** `cap_add` entry as a bare capability name: `CAP_SYS_ADMIN` is `SYS_ADMIN`. */
function capabilityName(text) {
    return text.trim().toUpperCase().replace(/^CAP_/, '');
}
/**
 * Severity of adding one capability: ALL is as bad as privileged; other
 * capabilities outside the dangerous set are not reported.
 */
function capabilitySeverity(name) {
    if (name === 'ALL')
        return 'CRITICAL';
    return DANGEROUS_CAPABILITIES.has(name) ? 'HIGH' : undefined;
}
/** CSG-C2: a service adds all or dangerous capabilities. */
const C2 = {
    meta: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .composeMeta */ .wg)({
        concern: 'C2',
        title: 'Service adds all or dangerous capabilities',
        severity: 'HIGH',
        help: 'cap_add widens what root in the container may do. ALL equals privileged; SYS_ADMIN, SYS_PTRACE, SYS_MODULE, NET_ADMIN, DAC_READ_SEARCH and similar open known escapes. Add only the narrow capability the service needs (often NET_BIND_SERVICE) after cap_drop: [ALL].',
        peers: ['KICS:Container Capabilities Unrestricted', 'CIS-5.3'],
        tags: ['CWE-250']
    }),
    check: (project) => (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .eachService */ .LI)(project, (service) => (0,_query_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarItems */ .xL)((0,_query_js__WEBPACK_IMPORTED_MODULE_1__/* .entryAt */ ._f)(service.node, 'cap_add')?.value).flatMap(({ text, node }) => {
        const name = capabilityName(text);
        const severity = capabilitySeverity(name);
        if (!severity)
            return [];
        const what = name === 'ALL' ? 'every capability' : `capability ${name}`;
        return [
            (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(node.place, `Service "${service.name}" adds ${what}: it opens a known path to the host.`, `${service.name}/cap_add/${name}`, severity)
        ];
    }))
};


/***/ }),

/***/ 9039:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ C9),
/* harmony export */   w: () => (/* binding */ isEngineSocket)
/* harmony export */ });
/* harmony import */ var _query_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2843);
/* harmony import */ var _rule_kit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2752);
/* harmony import */ var _volumes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5656);



/** Host paths of container engine sockets: whoever holds one is root. */
function isEngineSocket(source) {
    return /(^|\/)(docker|podman|containerd|crio|dockershim)\.sock$/.test(source.trim().replace(/\/+$/, ''));
}
/** CSG-C9: a container engine socket is mounted into a service. */
const C9 = {
    meta: (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .composeMeta */ .wg)({
        concern: 'C9',
        title: 'Container engine socket mounted',
        severity: 'CRITICAL',
        help: 'Mounting /var/run/docker.sock (or the containerd, CRI-O or Podman socket) gives the service full control of the engine: it can start a privileged container and own the host. Read-only mounts do not help. Remove the mount; if a tool truly needs the API, put a filtering socket proxy in front of it.',
        peers: [
            'KICS:Docker Socket Mounted In Container',
            'CIS-5.31',
            'semgrep:exposing-docker-socket-volume'
        ],
        tags: ['CWE-250']
    }),
    check: (project) => (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .eachService */ .LI)(project, (service) => (0,_query_js__WEBPACK_IMPORTED_MODULE_1__/* .itemsOf */ .S3)((0,_query_js__WEBPACK_IMPORTED_MODULE_1__/* .entryAt */ ._f)(service.node, 'volumes')?.value).flatMap((item) => {
        const mount = (0,_volumes_js__WEBPACK_IMPORTED_MODULE_2__/* .parseVolume */ .w)(item);
        if (mount?.type !== 'bind' || !mount.source)
            return [];
        if (!isEngineSocket(mount.source))
            return [];
        return [
            (0,_rule_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(mount.sourcePlace, `Service "${service.name}" mounts the engine socket ${mount.source}: it can control the engine and the host.`, `${service.name}/volumes/${mount.source}`)
        ];
    }))
};


/***/ }),

/***/ 2842:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ isSecretName),
/* harmony export */   q: () => (/* binding */ secretValueKind)
/* harmony export */ });
// Names that say the value is a credential; `_FILE` variants point at a
// mounted secret instead and are the fix, not the problem.
const SECRET_NAME = /(PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?|AUTH_?KEY|CLIENT_?SECRET|_PWD$|^PWD_)/i;
/** True when an environment variable name says it holds a credential. */
function isSecretName(name) {
    return SECRET_NAME.test(name) && !/_(FILE|PATH|DIR|URL_FILE)$/i.test(name);
}
/**
 * Whether the value is written in the file (`literal`), taken from the
 * shell or an `.env` file (`interpolated`, e.g. `${DB_PASSWORD}`), or
 * absent. A literal with a `${...}` default counts as literal.
 */
function secretValueKind(value) {
    const text = (value ?? '').trim();
    if (text === '')
        return 'empty';
    if (/^\$\{?[A-Za-z_]\w*(:?\?[^}]*)?\}?$/.test(text))
        return 'interpolated';
    return 'literal';
}


/***/ }),

/***/ 1954:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ sensitiveHostDir)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

/** Host directories whose mount exposes or lets one change the host. */
const SYSTEM_DIRS = [
    '/etc',
    '/proc',
    '/sys',
    '/dev',
    '/boot',
    '/root',
    '/usr',
    '/lib',
    '/lib64',
    '/bin',
    '/sbin',
    '/home',
    '/run',
    '/var/run',
    '/var/log',
    '/var/lib/docker',
    '/var/lib/containerd',
    '/var/lib/kubelet'
];
/** Credential folders in a home directory (`~/.ssh`...). */
const HOME_SECRETS = [
    '.ssh',
    '.aws',
    '.docker',
    '.kube',
    '.gnupg',
    '.config/gcloud',
    '.azure'
];
/**
 * The sensitive directory a host path is, or is inside of; undefined when
 * it is not sensitive. `/` itself counts; `/opt/app` does not.
 */
function sensitiveHostDir(source) {
    const text = source.trim();
    if (text.startsWith('~/') ||
        text.startsWith('$HOME/') ||
        text.startsWith('${HOME}/')) {
        const rest = text.slice(text.indexOf('/') + 1);
        return HOME_SECRETS.find((dir) => rest === dir || rest.startsWith(`${dir}/`));
    }
    if (!text.startsWith('/'))
        return undefined;
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(text).replace(/(.)\/+$/, '$1');
    if (normal === '/')
        return '/';
    return SYSTEM_DIRS.find((dir) => normal === dir || normal.startsWith(`${dir}/`));
}


/***/ }),

/***/ 3071:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ UNKNOWN_SUPPRESSION),
/* harmony export */   g: () => (/* binding */ unknownSuppressionFinding)
/* harmony export */ });
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7933);

/**
 * CSG-C0: a `csg-ignore` comment in a Compose file or script names an id
 * no rule has, so it silences nothing (often a typo).
 */
const UNKNOWN_SUPPRESSION = {
    id: 'CSG-C0',
    concern: 'C0',
    title: 'Suppression comment names an unknown rule',
    help: 'A csg-ignore comment names a rule id that does not exist, so it suppresses nothing. Correct the id (CSG-C1...CSG-C29, CSG-R1..., CSG-S1...) or remove the comment.',
    defaultSeverity: 'LOW',
    precision: 'very-high',
    tags: ['maintainability', 'compose']
};
/** The finding for one unknown id at its comment line. */
function unknownSuppressionFinding(path, unknown, policy) {
    return (0,_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .toPolicyFinding */ .X)(UNKNOWN_SUPPRESSION, {
        message: `Suppression comment names ${unknown.id}, which is not a rule id.`,
        region: { startLine: unknown.line },
        key: `suppression/${unknown.id}`
    }, path, policy);
}


/***/ }),

/***/ 5656:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ parseVolume)
/* harmony export */ });
/* unused harmony export isHostPath */
/* harmony import */ var _query_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2843);

const PROPAGATIONS = [
    'shared',
    'rshared',
    'slave',
    'rslave',
    'private',
    'rprivate'
];
/** True for sources Compose treats as host paths rather than volume names. */
function isHostPath(source) {
    return /^(\/|\.|~|\$\{?[A-Za-z_]|[A-Za-z]:[\\/])/.test(source);
}
/** Reads one `volumes` item; undefined for items of no known shape. */
function parseVolume(item) {
    if (item.kind === 'scalar' && item.value !== null)
        return parseShort(String(item.value), item.place);
    if (item.kind !== 'map')
        return undefined;
    const source = (0,_query_js__WEBPACK_IMPORTED_MODULE_0__/* .entryAt */ ._f)(item, 'source');
    const sourceText = (0,_query_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b6)(source?.value);
    const type = (0,_query_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b6)((0,_query_js__WEBPACK_IMPORTED_MODULE_0__/* .entryAt */ ._f)(item, 'type')?.value) ?? 'volume';
    const readOnly = String((0,_query_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b6)((0,_query_js__WEBPACK_IMPORTED_MODULE_0__/* .entryAt */ ._f)(item, 'read_only')?.value)) === 'true';
    return {
        type,
        ...(sourceText === undefined ? {} : { source: sourceText }),
        ...optional('target', (0,_query_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b6)((0,_query_js__WEBPACK_IMPORTED_MODULE_0__/* .entryAt */ ._f)(item, 'target')?.value)),
        ...optional('propagation', (0,_query_js__WEBPACK_IMPORTED_MODULE_0__/* .textOf */ .b6)((0,_query_js__WEBPACK_IMPORTED_MODULE_0__/* .entryAt */ ._f)(item, 'bind', 'propagation')?.value)),
        readOnly,
        sourcePlace: source?.value.place ?? item.place,
        itemPlace: item.place
    };
}
function parseShort(text, place) {
    const parts = text.split(':');
    // A Windows drive letter (`C:\data:/data`) is one part, not two.
    if (parts.length > 2 && /^[A-Za-z]$/.test(parts[0] ?? ''))
        parts.splice(0, 2, `${parts[0]}:${parts[1]}`);
    if (parts.length === 1)
        return {
            type: 'volume',
            target: text,
            readOnly: false,
            sourcePlace: place,
            itemPlace: place
        };
    const [source = '', target, mode = ''] = parts;
    const flags = mode.split(',');
    const propagation = flags.find((flag) => PROPAGATIONS.includes(flag));
    return {
        type: isHostPath(source) ? 'bind' : 'volume',
        source,
        ...optional('target', target),
        ...optional('propagation', propagation),
        readOnly: flags.includes('ro'),
        sourcePlace: place,
        itemPlace: place
    };
}
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}


/***/ }),

/***/ 2340:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I0: () => (/* binding */ dockerfileChecker)
/* harmony export */ });
/* unused harmony exports MAX_DOCKERFILE_BYTES, MAX_DOCKERFILE_LINES, checkDockerfileText */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7406);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7933);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9059);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(514);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6670);
/* harmony import */ var _rules_D0_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6363);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3835);
/* harmony import */ var _suppressions_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1987);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_4__, _model_js__WEBPACK_IMPORTED_MODULE_5__, _rules_index_js__WEBPACK_IMPORTED_MODULE_7__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_4__, _model_js__WEBPACK_IMPORTED_MODULE_5__, _rules_index_js__WEBPACK_IMPORTED_MODULE_7__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
/** The Dockerfile engine: reads each file, runs the rules, applies comments. */










/** Larger files are refused: no real Dockerfile comes near these. */
const MAX_DOCKERFILE_BYTES = 2 * 1024 * 1024;
const MAX_DOCKERFILE_LINES = 20_000;
/**
 * Checks the text of one Dockerfile (repository-relative `file`). Throws
 * only for a bug in a rule.
 */
function checkDockerfileText(text, file, policy, options = {}) {
    const rules = options.rules ?? _rules_index_js__WEBPACK_IMPORTED_MODULE_7__/* .dockerfileRules */ .M;
    const parsed = (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDockerfile */ .A)(text);
    const doc = options.dockerignore === undefined
        ? parsed
        : { ...parsed, dockerignore: options.dockerignore };
    // Suppressions are resolved against every rule, whichever ones run.
    const metas = _rules_index_js__WEBPACK_IMPORTED_MODULE_7__/* .dockerfileRules */ .M.map((r) => r.meta);
    const suppressions = (0,_suppressions_js__WEBPACK_IMPORTED_MODULE_8__/* .indexSuppressions */ .B)(doc, file, metas);
    const findings = [];
    for (const rule of rules) {
        if (!(0,_settings_js__WEBPACK_IMPORTED_MODULE_9__/* .isRuleEnabled */ .E)(rule.meta, policy))
            continue;
        for (const hit of rule.check(doc, { path: file, policy })) {
            const suppression = suppressions.lookup(rule.meta.id, hit.region.startLine);
            findings.push((0,_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .toPolicyFinding */ .X)(rule.meta, hit, file, policy, suppression));
        }
    }
    const reportUnknown = rules.includes(_rules_D0_js__WEBPACK_IMPORTED_MODULE_6__/* .rule */ .H) &&
        (0,_settings_js__WEBPACK_IMPORTED_MODULE_9__/* .isRuleEnabled */ .E)(_rules_D0_js__WEBPACK_IMPORTED_MODULE_6__/* .rule */ .H.meta, policy);
    if (reportUnknown) {
        for (const { id, line } of suppressions.unknown) {
            const hit = {
                message: `The suppression names "${id}", which is not a rule; it silences nothing.`,
                region: { startLine: line },
                key: id
            };
            findings.push((0,_finding_js__WEBPACK_IMPORTED_MODULE_3__/* .toPolicyFinding */ .X)(_rules_D0_js__WEBPACK_IMPORTED_MODULE_6__/* .rule */ .H.meta, hit, file, policy));
        }
    }
    const problems = (0,_helpers_js__WEBPACK_IMPORTED_MODULE_4__/* .runInstructions */ .Xs)(doc).flatMap((run) => {
        const shell = run.script()?.shell;
        if (!shell?.tooLarge)
            return [];
        return [`the RUN at line ${run.line} was not analysed: ${shell.error}`];
    });
    return { findings, problems };
}
// Reads a file as text, refusing what cannot be a Dockerfile.
async function readDockerfile(absolute) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute);
    if (!info.isFile())
        throw new Error('it is not a regular file');
    if (info.size > MAX_DOCKERFILE_BYTES) {
        throw new Error(`it is ${info.size} bytes, over the ${MAX_DOCKERFILE_BYTES}-byte limit for a Dockerfile`);
    }
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(absolute);
    if (bytes.includes(0))
        throw new Error('it is binary (contains NUL bytes)');
    const text = bytes.toString('utf8');
    const lines = text.split('\n').length;
    if (lines > MAX_DOCKERFILE_LINES) {
        throw new Error(`it has ${lines} lines, over the ${MAX_DOCKERFILE_LINES}-line limit for a Dockerfile`);
    }
    return text;
}
// Docker reads `<Dockerfile>.dockerignore` first, then the context's; the
// context is taken to be the Dockerfile's folder.
async function hasDockerignore(dockerfile) {
    const candidates = [
        `${dockerfile}.dockerignore`,
        node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dockerfile), '.dockerignore')
    ];
    for (const candidate of candidates) {
        const found = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(candidate).then((s) => s.isFile(), () => false);
        if (found)
            return true;
    }
    return false;
}
/** Checks Dockerfiles; a bad file becomes an error, the others go on. */
const dockerfileChecker = {
    kind: 'dockerfile',
    rules: _rules_index_js__WEBPACK_IMPORTED_MODULE_7__/* .dockerfileRules */ .M.map((r) => r.meta),
    async check(files, root, policy) {
        const result = { findings: [], errors: [] };
        for (const file of files) {
            try {
                const absolute = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root, file);
                const text = await readDockerfile(absolute);
                const dockerignore = await hasDockerignore(absolute);
                const { findings, problems } = checkDockerfileText(text, file, policy, {
                    dockerignore
                });
                result.findings.push(...findings);
                for (const problem of problems) {
                    result.errors.push({
                        path: file,
                        message: `Dockerfile ${file}: ${problem}`
                    });
                }
            }
            catch (error) {
                result.errors.push({
                    path: file,
                    message: `Could not check Dockerfile ${file}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorText */ .kc)(error)}`
                });
            }
        }
        return result;
    }
};

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 611:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ defineRule)
});

;// CONCATENATED MODULE: ./build/src/scanners/policy/dockerfile/docs.js
/**
 * The page `docs/rules/<id>.md` holds and SARIF carries as help: a test
 * checks the files on disk equal this text.
 */
function ruleMarkdown(meta, docs) {
    const peers = meta.peers?.length ? meta.peers.join(', ') : 'none';
    const state = meta.offByDefault
        ? meta.strict
            ? 'off by default; on with `policy.level: strict`'
            : 'off by default'
        : 'on by default';
    const differences = docs.differences?.length
        ? docs.differences.map((d) => `- ${d}`).join('\n')
        : 'None.';
    return [
        `# ${meta.id}: ${meta.title}`,
        '',
        `Severity: ${meta.defaultSeverity} (${state}). Concern ${meta.concern} of the policy catalogue.`,
        '',
        '## Why it matters',
        '',
        docs.why,
        '',
        '## How to fix it',
        '',
        docs.fix,
        '',
        '## Failing example',
        '',
        '```dockerfile',
        docs.failing.trimEnd(),
        '```',
        '',
        '## Passing example',
        '',
        '```dockerfile',
        docs.passing.trimEnd(),
        '```',
        '',
        '## Peer rules',
        '',
        peers,
        '',
        '## Deliberate differences from peers',
        '',
        differences,
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./build/src/scanners/policy/dockerfile/define.js

/** Builds a rule's metadata and help from its spec. */
function defineRule(spec) {
    const meta = {
        id: spec.id,
        title: spec.title,
        help: `${spec.docs.why}\n\nHow to fix: ${spec.docs.fix}`,
        helpMarkdown: '',
        defaultSeverity: spec.severity,
        precision: spec.precision,
        tags: ['security', 'dockerfile', ...(spec.tags ?? [])],
        peers: spec.peers,
        concern: spec.concern,
        ...(spec.offByDefault ? { offByDefault: true } : {}),
        ...(spec.strict ? { strict: true } : {})
    };
    const withHelp = { ...meta, helpMarkdown: ruleMarkdown(meta, spec.docs) };
    return { meta: withHelp, docs: spec.docs, check: spec.check };
}


/***/ }),

/***/ 255:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ expandVariables)
/* harmony export */ });
/** Docker's variable substitution, as used in FROM lines. */
const REFERENCE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;
/**
 * Expands `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:+alt}` and `${VAR+alt}` from `vars`, where `undefined` means
 * declared without a value. Unknown names become empty, as in Docker.
 */
function expandVariables(word, vars) {
    if (!word.includes('$'))
        return { value: word, undefinedNames: [] };
    const undefinedNames = [];
    const value = word.replace(REFERENCE, (_all, braced, op, operand, bare) => {
        const name = braced ?? bare ?? '';
        const set = vars.get(name);
        const empty = set === undefined || set === '';
        if (op === ':-' || op === '-') {
            const useDefault = op === ':-' ? empty : set === undefined;
            return useDefault ? (operand ?? '') : (set ?? '');
        }
        if (op === ':+' || op === '+') {
            const useAlt = op === ':+' ? !empty : set !== undefined;
            return useAlt ? (operand ?? '') : '';
        }
        if (set === undefined)
            undefinedNames.push(name);
        return set ?? '';
    });
    return { value, undefinedNames };
}


/***/ }),

/***/ 514:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ finalStage),
/* harmony export */   Xs: () => (/* binding */ runInstructions),
/* harmony export */   aK: () => (/* binding */ runCommands),
/* harmony export */   aw: () => (/* binding */ hitAtCommand),
/* harmony export */   eb: () => (/* binding */ hitsOf),
/* harmony export */   fO: () => (/* binding */ commandsByRun),
/* harmony export */   rI: () => (/* binding */ hitAt),
/* harmony export */   uL: () => (/* binding */ stageLineage)
/* harmony export */ });
/* unused harmony exports regionOf, instructionsNamed */
/* harmony import */ var _memo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(333);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5765);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_shell_js__WEBPACK_IMPORTED_MODULE_0__]);
_shell_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
/** Small queries most Dockerfile rules share. */


/** The region of a whole instruction. */
function regionOf(instruction) {
    return {
        startLine: instruction.line,
        startColumn: instruction.column,
        endLine: instruction.endLine,
        endColumn: instruction.endColumn
    };
}
/** A hit on an instruction; its key is the stage and the instruction text. */
function hitAt(doc, instruction, message, detail = '') {
    const stage = doc.stages[instruction.stage];
    const stageKey = stage?.name ?? String(instruction.stage);
    const text = `${instruction.keyword} ${instruction.text}`.trim();
    return {
        message,
        region: regionOf(instruction),
        key: `${stageKey}:${text}${detail ? `:${detail}` : ''}`
    };
}
/** The stage that makes the image: the last one. */
function finalStage(doc) {
    return doc.stages[doc.stages.length - 1];
}
/** A stage and the earlier stages it builds on, nearest first. */
function stageLineage(doc, stage) {
    const chain = [stage];
    let current = stage;
    while (current.baseStage !== undefined && chain.length <= doc.stages.length) {
        const base = doc.stages[current.baseStage];
        if (!base)
            break;
        chain.push(base);
        current = base;
    }
    return chain;
}
/**
 * The hits `check` finds in each item, in order: like `flatMap`, but an
 * item with nothing to report may return `undefined`. Most rules find
 * nothing in most instructions, and an empty array for each was a
 * measurable share of the rules' time.
 */
function hitsOf(items, check) {
    const hits = [];
    for (let i = 0; i < items.length; i++) {
        const found = check(items[i], i);
        if (found === undefined)
            continue;
        if (Array.isArray(found))
            hits.push(...found);
        else
            hits.push(found);
    }
    return hits;
}
// Shared per-document queries are worked out once, whichever rule asks.
const runCache = (0,_memo_js__WEBPACK_IMPORTED_MODULE_1__/* .memoOn */ .C)('runs');
/** Every RUN, including those registered by ONBUILD. */
function runInstructions(doc) {
    const cached = runCache.get(doc);
    if (cached)
        return cached;
    const runs = [];
    for (const instruction of doc.instructions) {
        if (instruction.keyword === 'RUN')
            runs.push(instruction);
        else if (instruction.trigger?.keyword === 'RUN')
            runs.push(instruction.trigger);
    }
    runCache.set(doc, runs);
    return runs;
}
// Most rules read the commands; they are worked out once per document.
const commandCache = (0,_memo_js__WEBPACK_IMPORTED_MODULE_1__/* .memoOn */ .C)('commands');
/** Every command of every RUN, in file order. */
function runCommands(doc) {
    const cached = commandCache.get(doc);
    if (cached)
        return cached;
    const out = [];
    for (const instruction of runInstructions(doc)) {
        const script = instruction.script();
        if (!script)
            continue;
        for (const command of script.shell.commands) {
            const argv = (0,_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .stripPrefixes */ .DT)(command.argv);
            out.push({
                instruction,
                command,
                argv,
                name: (0,_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .baseName */ .Fl)(argv[0] ?? ''),
                line: script.line + command.line - 1
            });
        }
    }
    commandCache.set(doc, out);
    return out;
}
/** A hit on one command of a RUN, pointing at the command's line. */
function hitAtCommand(doc, run, message) {
    const base = hitAt(doc, run.instruction, message, run.argv.join(' '));
    return { ...base, region: { startLine: run.line } };
}
const groupCache = (0,_memo_js__WEBPACK_IMPORTED_MODULE_1__/* .memoOn */ .C)('groups');
/** The commands of each RUN, one group per RUN, in file order. */
function commandsByRun(doc) {
    const cached = groupCache.get(doc);
    if (cached)
        return cached;
    const groups = new Map();
    for (const run of runCommands(doc)) {
        const group = groups.get(run.instruction);
        if (group)
            group.push(run);
        else
            groups.set(run.instruction, [run]);
    }
    const found = [...groups.values()];
    groupCache.set(doc, found);
    return found;
}
/** The instructions of every stage with a given keyword (ONBUILD excluded). */
function instructionsNamed(doc, keyword) {
    return doc.instructions.filter((i) => i.keyword === keyword);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 1006:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseImageRef)
/* harmony export */ });
/** Splitting an image reference into registry, repository, tag, digest. */
/**
 * Parses an image reference the way Docker does: the first path part is a
 * registry only when it has a dot or a colon or is `localhost`, and Docker
 * Hub's other host names mean `docker.io`.
 */
function parseImageRef(text) {
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    const slash = rest.indexOf('/');
    const first = slash >= 0 ? rest.slice(0, slash) : '';
    const hasRegistry = slash >= 0 &&
        (first.includes('.') || first.includes(':') || first === 'localhost');
    const registry = hasRegistry ? dockerHub(first) : 'docker.io';
    let repository = hasRegistry ? rest.slice(slash + 1) : rest;
    if (registry === 'docker.io' && !repository.includes('/')) {
        repository = `library/${repository}`;
    }
    return {
        text,
        registry,
        repository: repository.toLowerCase(),
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {})
    };
}
// Docker rewrites the legacy `index.docker.io` to `docker.io`; the API host
// `registry-1.docker.io` serves the same repositories.
function dockerHub(registry) {
    const lower = registry.toLowerCase();
    return lower === 'index.docker.io' || lower === 'registry-1.docker.io'
        ? 'docker.io'
        : registry;
}


/***/ }),

/***/ 333:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ memoOn)
/* harmony export */ });
/**
 * Keeps the value on the object itself, under a symbol no other code
 * knows and that enumeration does not show. The collector frees it with
 * the object, as with a WeakMap, but without tracing a WeakMap's entries
 * apart, which cost the rules a tenth of their time (measured by the
 * policy bench).
 */
function memoOn(name) {
    const key = Symbol(name);
    return {
        get: (object) => object[key],
        set: (object, value) => {
            Object.defineProperty(object, key, {
                value,
                writable: true,
                enumerable: false,
                configurable: true
            });
        }
    };
}


/***/ }),

/***/ 6670:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseDockerfile)
/* harmony export */ });
/* harmony import */ var dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8390);
/* harmony import */ var _expand_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(255);
/* harmony import */ var _image_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1006);
/* harmony import */ var _script_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8400);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_script_js__WEBPACK_IMPORTED_MODULE_1__]);
_script_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
/**
 * The parsed Dockerfile every rule reads, built on dockerfile-ast: stages
 * with their expanded base images, and instructions with 1-based lines and
 * columns, flags, exec form, heredocs and ONBUILD triggers.
 */




/** Parses a Dockerfile; never throws for bad syntax (rules see what parsed). */
function parseDockerfile(source) {
    const bomless = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
    // Most files have no CR: no regular expression pass over them.
    const text = bomless.includes('\r')
        ? bomless.replace(/\r\n?/g, '\n')
        : bomless;
    const lines = text.split('\n');
    const ast = dockerfile_ast__WEBPACK_IMPORTED_MODULE_0__.DockerfileParser.parse(text);
    const escape = ast.getEscapeCharacter();
    const globalArgs = new Map();
    const instructions = [];
    const stages = [];
    for (const node of ast.getInstructions()) {
        // dockerfile-ast recomputes arguments on every call: read them once.
        const argNodes = node.getArguments();
        // A FROM without an image is a syntax error, not a stage.
        const opens = node.getKeyword() === 'FROM' && argNodes.length > 0;
        const stage = opens ? stages.length : stages.length - 1;
        const instruction = toInstruction(node, argNodes, stage, lines, escape);
        instructions.push(instruction);
        if (instruction.keyword === 'ARG' && stages.length === 0) {
            for (const arg of instruction.args) {
                const eq = arg.indexOf('=');
                if (eq < 0)
                    globalArgs.set(arg, globalArgs.get(arg));
                else
                    globalArgs.set(arg.slice(0, eq), unquote(arg.slice(eq + 1)));
            }
        }
        else if (opens) {
            stages.push(toStage(instruction, stages, globalArgs));
        }
        else if (stages.length > 0) {
            ;
            (stages[stages.length - 1]?.instructions).push(instruction);
        }
    }
    return { text, lines, escape, instructions, stages, globalArgs };
}
// Docker drops the quotes around an ARG default.
function unquote(value) {
    return value.replace(/^(["'])(.*)\1$/, '$2');
}
function toStage(from, stages, globalArgs) {
    const rawImage = from.args[0] ?? '';
    const expanded = (0,_expand_js__WEBPACK_IMPORTED_MODULE_2__/* .expandVariables */ .i)(rawImage, globalArgs);
    const name = from.args[1]?.toUpperCase() === 'AS'
        ? from.args[2]?.toLowerCase()
        : undefined;
    const lower = expanded.value.toLowerCase();
    const baseStage = stages.findIndex((s) => s.name !== undefined && s.name === lower);
    const platform = from.flags.find((f) => f.name === 'platform')?.value;
    return {
        index: stages.length,
        ...(name ? { name } : {}),
        from,
        image: (0,_image_js__WEBPACK_IMPORTED_MODULE_3__/* .parseImageRef */ .Q)(expanded.value),
        rawImage,
        undefinedArgs: expanded.undefinedNames,
        ...(baseStage >= 0 ? { baseStage } : {}),
        ...(platform ? { platform } : {}),
        instructions: []
    };
}
function toInstruction(node, argNodes, stage, lines, escape) {
    const range = node.getRange();
    const keyword = node.getKeyword().toUpperCase();
    const withFlags = node;
    const flags = (withFlags.getFlags?.() ?? []).map((f) => ({
        name: f.getName().toLowerCase(),
        value: f.getValue()
    }));
    const args = headerArgs(keyword, argNodes);
    const text = args.join(' ');
    const json = jsonForm(args);
    const trigger = node.getTriggerInstruction?.();
    const instruction = {
        keyword,
        line: range.start.line + 1,
        column: range.start.character + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1,
        args,
        flags,
        text,
        ...(json ? { json } : {}),
        stage,
        ...(trigger
            ? {
                trigger: toInstruction(trigger, trigger.getArguments(), stage, lines, escape)
            }
            : {}),
        // Only a RUN has a script: the others share one answer, not a
        // closure each.
        script: keyword === 'RUN'
            ? once(() => (0,_script_js__WEBPACK_IMPORTED_MODULE_1__/* .scriptOf */ .F)(node, argNodes[0], instruction, lines, escape))
            : noScript
    };
    return instruction;
}
function noScript() {
    return undefined;
}
// `compute`, run on the first call only.
function once(compute) {
    let done = false;
    let value;
    return () => {
        if (!done) {
            value = compute();
            done = true;
        }
        return value;
    };
}
// COPY and ADD take inline files as heredocs (`COPY <<EOT /app`): their
// bodies are file content, not arguments, so only the words up to the line
// that opens them count.
function headerArgs(keyword, argNodes) {
    const args = argNodes.map((a) => a.getValue());
    if (keyword !== 'COPY' && keyword !== 'ADD')
        return args;
    const marker = args.findIndex((a) => a.startsWith('<<'));
    if (marker < 0)
        return args;
    const line = argNodes[marker]?.getRange().start.line ?? 0;
    return args.filter((_, i) => (argNodes[i]?.getRange().start.line ?? 0) <= line);
}
// The exec form: a JSON array of strings. Read from the split arguments
// (dockerfile-ast's content getters re-scan the file on every call).
function jsonForm(args) {
    if (!args[0]?.startsWith('['))
        return undefined;
    try {
        const value = JSON.parse(args.join(' '));
        if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
            return value;
        }
    }
    catch {
        // Not JSON: Docker runs it in shell form.
    }
    return undefined;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 6363:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(611);

/**
 * CSG-D0: a suppression comment names a rule that does not exist. Its
 * findings are made by the checker, which knows every rule; `check` has
 * nothing to look at on its own.
 */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRule */ .K)({
    id: 'CSG-D0',
    concern: 'D0',
    title: 'Suppression comment names an unknown rule',
    severity: 'LOW',
    precision: 'very-high',
    peers: [],
    tags: ['maintainability'],
    docs: {
        why: 'A suppression with a mistyped or retired rule id silences nothing, while its author believes a finding is handled; the real finding then surfaces as a surprise, or a new rule is silenced by accident later.',
        fix: 'Use an id from docs/rules/README.md (`# csg-ignore=CSG-D2 reason: ...`), or a hadolint id that one of our rules lists as a peer; remove suppressions that no longer apply.',
        failing: 'FROM alpine:3.20\n# csg-ignore=CSG-D999 reason: typo\nUSER 10001\n',
        passing: 'FROM alpine:3.20\n# csg-ignore=CSG-D40 reason: Kubernetes probes\nUSER 10001\n',
        differences: [
            'This meta rule (concern D0) is ours alone. hadolint ids of the form DL#### or SC#### that no rule of ours maps are accepted silently, so that files shared with hadolint need no edits.'
        ]
    },
    check() {
        return [];
    }
});


/***/ }),

/***/ 4340:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _base_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6342);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



/** CSG-D1: a FROM line names an image without a tag or digest. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D1',
    concern: 'D1',
    title: 'Base image has no tag (implicit latest)',
    severity: 'MEDIUM',
    precision: 'very-high',
    peers: ['DL3006', 'DS-0001', 'CKV_DOCKER_7'],
    tags: ['supply-chain'],
    docs: {
        why: 'Without a tag, Docker pulls `latest`: each build may get a different base image, so builds are not reproducible and an upstream change (or a compromised push) reaches your image unreviewed.',
        fix: 'Name a version tag, and better a digest: `FROM alpine:3.20@sha256:...`.',
        failing: 'FROM alpine\n',
        passing: 'FROM alpine:3.20\n',
        differences: [
            'Like Trivy, ARG defaults declared before the first FROM are expanded; a tag that comes only from a build argument without a default is not flagged, since its value is unknown.',
            "An ARG declared inside a stage is not used to expand a later FROM, following Docker's scoping (Trivy does use it); CSG-D4 reports such a FROM instead."
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(doc.stages, (stage) => {
            const image = (0,_base_js__WEBPACK_IMPORTED_MODULE_2__/* .externalBase */ .d)(stage);
            if (!image || image.tag !== undefined || image.digest)
                return undefined;
            return [
                (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, stage.from, `FROM ${stage.rawImage} has no tag, so it pulls whatever "latest" is at build time.`)
            ];
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 7374:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _user_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1232);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _user_js__WEBPACK_IMPORTED_MODULE_1__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _user_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);



/** CSG-D10: the last USER of the final stage is root or UID 0. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .K)({
    id: 'CSG-D10',
    concern: 'D10',
    title: 'Final stage runs as root (last USER is root or 0)',
    severity: 'HIGH',
    precision: 'very-high',
    peers: ['DL3002', 'DS-0002', 'CKV_DOCKER_8'],
    tags: ['CWE-250'],
    docs: {
        why: 'The last USER decides who the container runs as. Root inside the container makes escaping to the host through a kernel or runtime flaw far easier, and lets a compromised process rewrite the whole image filesystem.',
        fix: 'Switch back to an unprivileged user after the steps that need root: `USER 10001` as the last USER of the final stage.',
        failing: 'FROM alpine:3.20\nUSER app\nRUN apk add --no-cache curl\nUSER root\n',
        passing: 'FROM alpine:3.20\nUSER root\nRUN apk add --no-cache curl\nUSER 10001\n',
        differences: [
            '`USER 0`, `USER 0:0` and `USER root:wheel` count as root: the user part decides (Checkov only matches the literal `root`).',
            'Only the final stage counts, as the guide asks; hadolint checks every stage, so a build stage left as root is not flagged here.',
            'A USER with no name is flagged too, since it sets no user.'
        ]
    },
    check(doc) {
        const stage = (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .finalStage */ .BD)(doc);
        const user = stage ? (0,_user_js__WEBPACK_IMPORTED_MODULE_1__/* .lastUser */ .E)(doc, stage) : undefined;
        if (!user)
            return [];
        const value = user.args[0] ?? '';
        if (value === '') {
            return [(0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, user, 'USER names no user, so root stays in effect.')];
        }
        if (!(0,_user_js__WEBPACK_IMPORTED_MODULE_1__/* .isRootUser */ .a)(value))
            return [];
        return [
            (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, user, `The final stage's last USER is "${value}", so the container runs as root.`)
        ];
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 7549:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _user_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1232);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _user_js__WEBPACK_IMPORTED_MODULE_1__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _user_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);



/** CSG-D11: the final USER is a name, not a numeric UID. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .K)({
    id: 'CSG-D11',
    concern: 'D11',
    title: 'USER is not a numeric UID',
    severity: 'LOW',
    precision: 'high',
    peers: ['DL3066'],
    tags: ['CWE-250'],
    docs: {
        why: 'Kubernetes `runAsNonRoot` can only prove a user is not root when the image names it by number; a user name also depends on /etc/passwd inside the image, which may map it to UID 0.',
        fix: 'Use the numeric UID (and GID): `USER 10001:10001`.',
        failing: 'FROM alpine:3.20\nRUN adduser -D -u 10001 app\nUSER app\n',
        passing: 'FROM alpine:3.20\nRUN adduser -D -u 10001 app\nUSER 10001:10001\n',
        differences: [
            "Only the final stage's last USER is checked; root is CSG-D10's concern and is not reported here."
        ]
    },
    check(doc) {
        const stage = (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .finalStage */ .BD)(doc);
        const user = stage ? (0,_user_js__WEBPACK_IMPORTED_MODULE_1__/* .lastUser */ .E)(doc, stage) : undefined;
        // Docker drops the quotes of USER's word (`USER "1000"` is UID 1000).
        const value = (user?.args[0] ?? '').replace(/["']/g, '');
        const name = value.split(':')[0] ?? '';
        if (!user ||
            value === '' ||
            (0,_user_js__WEBPACK_IMPORTED_MODULE_1__/* .isRootUser */ .a)(value) ||
            /^\d+$/.test(name) ||
            name.includes('$'))
            return [];
        return [
            (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, user, `USER ${value} is a name; use the numeric UID so runtimes can verify it is not root.`)
        ];
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 2964:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _secret_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7583);
/* harmony import */ var _vars_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6017);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];




/** CSG-D12: an ARG or ENV with a secret-looking name. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .K)({
    id: 'CSG-D12',
    concern: 'D12',
    title: 'Secret passed through ARG or ENV',
    severity: 'HIGH',
    precision: 'medium',
    peers: ['DL3064', 'DS-0031', 'SecretsUsedInArgOrEnv'],
    tags: ['secrets', 'CWE-538'],
    docs: {
        why: 'ARG and ENV values are stored in the image: `docker history` and `docker inspect` show them to anyone who can pull the image, and build logs and caches keep them too.',
        fix: 'Pass build secrets with `RUN --mount=type=secret,id=token ...` and runtime secrets through the orchestrator (files under /run/secrets); a variable that names the file (`DB_PASSWORD_FILE`) is fine.',
        failing: 'FROM alpine:3.20\nARG NPM_TOKEN\nENV DB_PASSWORD=changeme\n',
        passing: 'FROM alpine:3.20\nENV DB_PASSWORD_FILE=/run/secrets/db_password\nRUN --mount=type=secret,id=npm_token true\n',
        differences: [
            'Every stage is checked, not only the final one as in Trivy: build-stage ARGs still end up in build caches and logs.',
            'Names ending in FILE, PATH, DIR, URL, NAME, ID, LENGTH, TYPE or ENV are taken to point at a secret rather than hold it.'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(doc.instructions, (instruction) => {
            if (instruction.keyword !== 'ARG' && instruction.keyword !== 'ENV') {
                return undefined;
            }
            return (0,_vars_js__WEBPACK_IMPORTED_MODULE_3__/* .pairsOf */ .f)(instruction)
                .filter((pair) => (0,_secret_name_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretName */ .e)(pair.name))
                .map((pair) => (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, instruction, `${instruction.keyword} ${pair.name} looks like a secret; ${instruction.keyword} values stay readable in the image and its history.`, pair.name));
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 8587:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _add_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7704);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



// File names that hold credentials.
const SECRET_FILE = /(^|\/)(\.env(\.[\w-]+)?|id_(rsa|dsa|ecdsa|ed25519)|[^/]*\.(pem|key|p12|pfx|jks|keystore)|\.npmrc|\.pypirc|\.netrc|\.git-credentials|\.dockercfg|credentials(\.json)?|kubeconfig|\.htpasswd|secrets?\.(json|ya?ml|env))$|(^|\/)\.(ssh|aws|docker|kube|gnupg)(\/|$)/i;
const EXAMPLE = /\.(example|sample|template|dist)$/i;
// A glob copies a secret when what it fixes already names one: `*.pem`
// reads as a name, `.env*` matches `.env`, `.env.*` matches `.env.x`.
function namesSecret(source) {
    const path = source.replace(/\/+$/, '');
    if (SECRET_FILE.test(path))
        return !EXAMPLE.test(path);
    if (!path.includes('*') && !path.includes('?'))
        return false;
    return (SECRET_FILE.test(path.replace(/[*?]+/g, '')) ||
        SECRET_FILE.test(path.replace(/[*?]+/g, 'x')));
}
/** CSG-D13: COPY or ADD brings a credential file into the image. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D13',
    concern: 'D13',
    title: 'Secret file copied into the image',
    severity: 'HIGH',
    precision: 'medium',
    peers: ['DS-0031'],
    tags: ['secrets', 'CWE-538'],
    docs: {
        why: 'A key, token file or `.env` copied into a layer stays there even if a later step deletes it: anyone who can pull the image can extract it.',
        fix: 'Mount it only for the step that needs it (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`) and keep such files out of the build context with .dockerignore.',
        failing: 'FROM node:22-slim\nCOPY .npmrc package.json ./\nRUN npm ci\n',
        passing: 'FROM node:22-slim\nCOPY package.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n',
        differences: [
            'Trivy DS-0031 only sees secrets through environment variables that name secret files; this rule looks at the copied paths themselves. Files ending in .example, .sample, .template or .dist are ignored. A glob counts when it can match a secret name (`.env*`, `*.pem`), not when it only could (`*.json`).'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(doc.instructions, (instruction) => {
            const copy = instruction.trigger ?? instruction;
            if (copy.keyword !== 'COPY' && copy.keyword !== 'ADD')
                return undefined;
            if (copy.flags.some((f) => f.name === 'from'))
                return undefined;
            const secrets = (0,_add_js__WEBPACK_IMPORTED_MODULE_2__/* .sourcesOf */ .u0)(copy).filter(namesSecret);
            return secrets.map((s) => (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, instruction, `${copy.keyword} puts ${s} into the image, where it stays readable in the layer.`, s));
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 5154:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _secret_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7583);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



const REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
/** CSG-D14: a RUN uses a secret from ARG/ENV instead of a secret mount. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .K)({
    id: 'CSG-D14',
    concern: 'D14',
    title: 'Build secret used without a secret mount',
    severity: 'MEDIUM',
    precision: 'medium',
    peers: [],
    tags: ['secrets'],
    docs: {
        why: 'A secret passed as a build argument or environment variable and read by RUN is recorded in the image history and build cache. BuildKit secret mounts expose it to that one step only, never to a layer.',
        fix: 'Pass it with `docker build --secret id=token,env=TOKEN` and read it in the step: `RUN --mount=type=secret,id=token,env=TOKEN npm ci`.',
        failing: 'FROM node:22-slim\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci\n',
        passing: 'FROM node:22-slim\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci\n',
        differences: [
            'No peer checks this. A RUN with any `--mount=type=secret` is taken to use it properly.'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .runInstructions */ .Xs)(doc), (run) => {
            if (run.flags.some((f) => f.name === 'mount' && /type=secret/.test(f.value ?? '')))
                return undefined;
            const names = [
                ...new Set([...run.text.matchAll(REFERENCE)]
                    .map((m) => m[1] ?? '')
                    .filter(_secret_name_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretName */ .e))
            ];
            if (names.length === 0)
                return undefined;
            return [
                (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, run, `RUN reads ${names.map((n) => `$${n}`).join(', ')} from a build argument or variable; use RUN --mount=type=secret instead.`)
            ];
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 3041:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _add_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7704);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



/** CSG-D15: ADD fetches a remote URL. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D15',
    concern: 'D15',
    title: 'ADD downloads from a remote URL',
    severity: 'MEDIUM',
    precision: 'very-high',
    peers: ['CKV_DOCKER_4', 'curl_or_wget_instead_of_add', 'EA0001'],
    tags: ['supply-chain'],
    docs: {
        why: 'ADD with a URL downloads at build time with no integrity check unless `--checksum` is given, adds a layer that cannot be cleaned in the same step, and hides the download from reviewers who look for curl or wget.',
        fix: 'Download in a RUN step and verify the checksum or signature there (`curl -fsSLo app.tgz URL && echo "<sha256>  app.tgz" | sha256sum -c -`), or at least add `--checksum=sha256:...` to the ADD.',
        failing: 'FROM alpine:3.20\nADD https://example.com/app.tar.gz /opt/\n',
        passing: 'FROM alpine:3.20\nCOPY app.tar.gz /opt/\n',
        differences: [
            'Only ADD of a URL or git repository is flagged; ADD of local files is CSG-D17. hadolint DL3020 and Trivy DS-0005 exempt URLs altogether.'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(doc.instructions, (instruction) => (0,_add_js__WEBPACK_IMPORTED_MODULE_2__/* .remoteSources */ .jg)(instruction).map((url) => (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, instruction, `ADD downloads ${url} at build time; download and verify it in a RUN step instead.`, url)));
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 6696:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _add_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7704);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



/** CSG-D16: ADD downloads a URL without `--checksum`. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D16',
    concern: 'D16',
    title: 'ADD of a remote URL without --checksum',
    severity: 'HIGH',
    precision: 'very-high',
    peers: [],
    tags: ['supply-chain', 'CWE-494'],
    docs: {
        why: 'Without `--checksum`, ADD accepts whatever the server returns: a compromised server or a man in the middle changes the image content unnoticed.',
        fix: 'Add the expected digest: `ADD --checksum=sha256:<digest> https://example.com/app.tgz /opt/`, or download and verify in RUN.',
        failing: 'FROM alpine:3.20\nADD https://example.com/app.tgz /opt/\n',
        passing: 'FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/app.tgz /opt/\n',
        differences: [
            'No peer checks this. Git sources are exempt when they name a commit (`#<40 hex digits>`), which pins the content.'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(doc.instructions, (instruction) => {
            const add = instruction.trigger ?? instruction;
            if (add.flags.some((f) => f.name === 'checksum'))
                return undefined;
            return (0,_add_js__WEBPACK_IMPORTED_MODULE_2__/* .remoteSources */ .jg)(instruction)
                .filter((url) => !/#[0-9a-f]{40}$/i.test(url))
                .map((url) => (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, instruction, `ADD downloads ${url} without --checksum, so its content is not verified.`, url));
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 1055:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _add_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7704);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



// ADD unpacks local archives; that is the one good reason to use it.
const ARCHIVE = /\.(tar|tar\.(gz|bz2|xz|zst)|tgz|tbz2?|txz|tzst)$/i;
/** CSG-D17: ADD is used for local files COPY would handle. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D17',
    concern: 'D17',
    title: 'ADD used instead of COPY for local files',
    severity: 'LOW',
    precision: 'high',
    peers: ['DL3020', 'DS-0005', 'CKV_DOCKER_4', 'prefer-copy-over-add'],
    tags: ['maintainability'],
    docs: {
        why: 'ADD does more than copy (it unpacks archives and fetches URLs), so a reader cannot tell what a line does without knowing the file; COPY says exactly what happens.',
        fix: 'Use COPY for plain files and directories; keep ADD for local tar archives you want unpacked.',
        failing: 'FROM alpine:3.20\nADD app.jar /opt/app.jar\n',
        passing: 'FROM alpine:3.20\nCOPY app.jar /opt/app.jar\nADD rootfs.tar.gz /\n',
        differences: [
            'ADD of a URL is CSG-D15/CSG-D16 (Checkov CKV_DOCKER_4 flags every ADD); local tar archives are allowed, as in hadolint and Trivy.'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(doc.instructions, (instruction) => {
            const add = instruction.trigger ?? instruction;
            if (add.keyword !== 'ADD')
                return undefined;
            const plain = (0,_add_js__WEBPACK_IMPORTED_MODULE_2__/* .sourcesOf */ .u0)(add).filter((s) => !(0,_add_js__WEBPACK_IMPORTED_MODULE_2__/* .isRemote */ .Vx)(s) && !ARCHIVE.test(s) && !s.includes('$'));
            if (plain.length === 0)
                return undefined;
            return [
                (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, instruction, `ADD copies ${plain.join(', ')}; use COPY for local files.`)
            ];
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 4390:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5765);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _shell_js__WEBPACK_IMPORTED_MODULE_1__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _shell_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);



const DOWNLOADERS = new Set(['curl', 'wget', 'fetch', 'aria2c']);
// Programs that run code given on standard input or as an argument.
const INTERPRETERS = new Set([
    'sh',
    'bash',
    'dash',
    'ash',
    'zsh',
    'ksh',
    'mksh',
    'source',
    '.',
    'eval',
    'python',
    'python2',
    'python3',
    'perl',
    'ruby',
    'node',
    'php'
]);
function isDownload(command) {
    return DOWNLOADERS.has((0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .baseName */ .Fl)((0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .stripPrefixes */ .DT)(command.argv)[0] ?? ''));
}
// `curl ... | sh`: the interpreter reads its program from the pipe, so it
// must not have been given a script file or a `-c` program.
function readsStdin(argv) {
    const operands = argv.slice(1);
    if (operands.some((a) => a === '-s' || a === '-'))
        return true;
    return !operands.some((a) => !a.startsWith('-') || /^-[a-z]*c$/.test(a));
}
/** CSG-D18: a downloaded script is run without being verified. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .K)({
    id: 'CSG-D18',
    concern: 'D18',
    title: 'Downloaded script piped into a shell',
    severity: 'HIGH',
    precision: 'high',
    peers: ['curl-pipe-bash'],
    tags: ['supply-chain', 'CWE-494'],
    docs: {
        why: '`curl ... | sh`, `bash <(curl ...)` and `sh -c "$(curl ...)"` run whatever the server sends at that moment, unverified: a compromised or spoofed server, or a truncated download, runs arbitrary code in the build as root.',
        fix: 'Download to a file, verify its checksum or signature, then run it: `curl -fsSLo install.sh URL && echo "<sha256>  install.sh" | sha256sum -c - && sh install.sh`. Better, install a pinned package.',
        failing: 'FROM debian:12\nRUN curl -fsSL https://get.example.com | sudo bash\n',
        passing: 'FROM debian:12\nRUN curl -fsSLo /tmp/i.sh https://get.example.com \\\n && echo "0123abcd  /tmp/i.sh" | sha256sum -c - && sh /tmp/i.sh\n',
        differences: [
            'No hadolint, Trivy, Checkov or KICS rule checks this; semgrep checks it in shell files only, not in RUN.'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommands */ .aK)(doc), (run) => {
            if (!INTERPRETERS.has(run.name))
                return undefined;
            const piped = run.command.upstream.some(isDownload) && readsStdin(run.argv);
            const substituted = run.command.substituted.some(isDownload);
            if (!piped && !substituted)
                return undefined;
            return [
                (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, run, `A downloaded script is run by ${run.name} without being verified first.`)
            ];
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 6309:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


// Does this curl or wget call turn certificate checks off?
function insecure(name, argv) {
    const options = argv.slice(1).filter((a) => a.startsWith('-'));
    if (name === 'curl') {
        return options.some((o) => o === '--insecure' || (/^-[a-zA-Z]+$/.test(o) && o.includes('k')));
    }
    if (name === 'wget')
        return options.includes('--no-check-certificate');
    return false;
}
/** CSG-D19: curl -k / wget --no-check-certificate. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D19',
    concern: 'D19',
    title: 'TLS certificate checks disabled in a download',
    severity: 'HIGH',
    precision: 'very-high',
    peers: ['CKV2_DOCKER_2', 'CKV2_DOCKER_3'],
    tags: ['supply-chain', 'CWE-295'],
    docs: {
        why: 'Without certificate checks anyone on the network path can answer the download with their own content, which then runs in the build or ships in the image.',
        fix: 'Drop `-k`/`--insecure`/`--no-check-certificate`; install the CA certificate the server needs (`ca-certificates`, or COPY your corporate CA and run update-ca-certificates).',
        failing: 'FROM alpine:3.20\nRUN curl -kfsSLo /tmp/a.tgz https://example.com/a.tgz\n',
        passing: 'FROM alpine:3.20\nRUN curl -fsSLo /tmp/a.tgz https://example.com/a.tgz\n'
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommands */ .aK)(doc), (run) => insecure(run.name, run.argv)
            ? [
                (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, run, `${run.name} is run with certificate checks turned off.`)
            ]
            : undefined);
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 2749:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _base_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6342);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



/** CSG-D2: a FROM line names the `latest` tag. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D2',
    concern: 'D2',
    title: 'Base image uses the latest tag',
    severity: 'MEDIUM',
    precision: 'very-high',
    peers: ['DL3007', 'DS-0001', 'CKV_DOCKER_7'],
    tags: ['supply-chain'],
    docs: {
        why: '`latest` moves: each build may get a different base image, so builds are not reproducible and an upstream change (or a compromised push) reaches your image unreviewed.',
        fix: 'Name a version tag, and better a digest: `FROM node:22-slim@sha256:...`.',
        failing: 'FROM node:latest\n',
        passing: 'FROM node:22-slim\n',
        differences: [
            'An image pinned by digest (`name:latest@sha256:...`) is not flagged: the digest fixes the content whatever the tag says (hadolint agrees; Trivy flags it).'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(doc.stages, (stage) => {
            const image = (0,_base_js__WEBPACK_IMPORTED_MODULE_2__/* .externalBase */ .d)(stage);
            if (image?.tag?.toLowerCase() !== 'latest' || image.digest)
                return undefined;
            return [
                (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, stage.from, `FROM ${image.text} uses the "latest" tag, which changes under you.`)
            ];
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 3281:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _pkg_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(861);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);



const RPM_SKIPS = [
    '--nosignature',
    '--nodigest',
    '--noverify',
    '--nofiledigest'
];
const SSL_OFF = /(^|\.)sslverify=(0|false|no)$/i;
// What in a package-manager call disables signature or TLS checks.
function disabled(run) {
    const { name, argv } = run;
    const cmd = (0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .pkgCommand */ .g2)(run);
    const words = argv.slice(1).map((w) => w.replace(/^["']|["']$/g, ''));
    if (cmd && (cmd.manager === 'apt-get' || cmd.manager === 'apt')) {
        if ((0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOption */ .Kz)(cmd, '--allow-unauthenticated', '--force-yes'))
            return 'apt signature checks';
        if (words.some((w) => /AllowUnauthenticated=(true|1|yes)/i.test(w)))
            return 'apt signature checks';
    }
    if (cmd?.manager === 'apk' && (0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOption */ .Kz)(cmd, '--allow-untrusted'))
        return 'apk signature checks';
    if (name === 'rpm' && words.some((w) => RPM_SKIPS.includes(w)))
        return 'rpm signature or digest checks';
    if (cmd && ['yum', 'dnf', 'tdnf', 'microdnf'].includes(cmd.manager)) {
        if ((0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOption */ .Kz)(cmd, '--nogpgcheck'))
            return `${cmd.manager} GPG checks`;
        // `--setopt=sslverify=0` (or `--setopt sslverify=0`) on any call turns
        // TLS off for that call, as it does saved by config-manager.
        if (cmd.options.some((o) => SSL_OFF.test(o.replace(/^--setopt=/, ''))))
            return 'repository TLS checks';
    }
    if (cmd?.manager === 'zypper' &&
        (0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOption */ .Kz)(cmd, '--no-gpg-checks', '--allow-unsigned-rpm'))
        return 'zypper signature checks';
    const configManager = ['yum-config-manager', 'dnf-config-manager'].includes(name) ||
        ((name === 'yum' || name === 'dnf') && words[0] === 'config-manager');
    if (configManager &&
        words.some((w) => SSL_OFF.test(w.replace(/^--setopt=/, ''))))
        return 'repository TLS checks';
    return undefined;
}
/** CSG-D20: package signature or TLS checks disabled. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .K)({
    id: 'CSG-D20',
    concern: 'D20',
    title: 'Package signature or TLS checks disabled',
    severity: 'HIGH',
    precision: 'very-high',
    peers: [
        'CKV2_DOCKER_7',
        'CKV2_DOCKER_8',
        'CKV2_DOCKER_9',
        'CKV2_DOCKER_10',
        'CKV2_DOCKER_11',
        'CKV2_DOCKER_15'
    ],
    tags: ['supply-chain', 'CWE-347'],
    docs: {
        why: 'Package signatures are what prove a package came from the distribution; turning the check off lets a mirror, proxy or attacker on the path install anything, as root.',
        fix: 'Remove `--allow-unauthenticated`, `--force-yes`, `--allow-untrusted`, `--nogpgcheck`, zypper `--no-gpg-checks`/`--allow-unsigned-rpm`, rpm `--nosignature`/`--nodigest` and `sslverify=0`; import the repository key instead.',
        failing: 'FROM debian:12\nRUN apt-get install -y --allow-unauthenticated curl\n',
        passing: 'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n'
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommands */ .aK)(doc), (run) => {
            const what = disabled(run);
            return what
                ? [
                    (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, run, `${run.name} is run with ${what} turned off.`)
                ]
                : undefined;
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 5650:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _pkg_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(861);
/* harmony import */ var _vars_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6017);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);




// Variables that turn TLS verification off, with the values that do it.
const TLS_OFF = {
    NODE_TLS_REJECT_UNAUTHORIZED: /^0$/,
    PYTHONHTTPSVERIFY: /^0$/,
    GIT_SSL_NO_VERIFY: /.*/,
    NPM_CONFIG_STRICT_SSL: /^false$/i,
    YARN_STRICT_SSL: /^false$/i,
    PIP_TRUSTED_HOST: /.+/,
    CURL_INSECURE: /.+/
};
function disables(name, value) {
    const test = TLS_OFF[name.toUpperCase()];
    return test !== undefined && value !== undefined && test.test(value.trim());
}
// `npm config set strict-ssl false` and `pip --trusted-host` (also as
// `python -m pip`).
function commandDisables(run) {
    const { name, argv } = run;
    const words = argv.slice(1).map((w) => w.replace(/["']/g, ''));
    if ((name === 'npm' || name === 'yarn') &&
        words[0] === 'config' &&
        words[1] === 'set') {
        const setting = words.slice(2).join('=').replace(/=+/g, '=');
        return /^strict-ssl=false\b/i.test(setting);
    }
    const pip = (0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .pkgCommand */ .g2)(run);
    if (pip?.manager === 'pip')
        return (0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOption */ .Kz)(pip, '--trusted-host');
    return false;
}
/** CSG-D21: ENV, ARG or a RUN setting turns TLS verification off. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .K)({
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
        passing: 'FROM node:22-slim\nENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/corp.pem\n'
    },
    check(doc) {
        const hits = [];
        for (const instruction of doc.instructions) {
            if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG')
                continue;
            for (const pair of (0,_vars_js__WEBPACK_IMPORTED_MODULE_3__/* .pairsOf */ .f)(instruction)) {
                const value = pair.value ?? (instruction.keyword === 'ARG' ? undefined : '');
                const legacyArg = instruction.keyword === 'ARG' && instruction.args.length > 1;
                const effective = legacyArg
                    ? instruction.args.slice(1).join(' ')
                    : value;
                if (disables(pair.name, effective))
                    hits.push((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, instruction, `${instruction.keyword} ${pair.name} turns TLS verification off.`, pair.name));
            }
        }
        for (const run of (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommands */ .aK)(doc)) {
            const assigned = run.command.assignments.find((a) => {
                const [name = '', ...rest] = a.split('=');
                return disables(name, rest.join('='));
            });
            if (assigned || commandDisables(run)) {
                hits.push((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, run, `RUN turns TLS verification off${assigned ? ` (${assigned})` : ''}.`));
            }
        }
        return hits.sort((a, b) => a.region.startLine - b.region.startLine);
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 2447:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5765);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _shell_js__WEBPACK_IMPORTED_MODULE_1__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _shell_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);



/** CSG-D22: a RUN uses sudo. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .K)({
    id: 'CSG-D22',
    concern: 'D22',
    title: 'sudo used in RUN',
    severity: 'MEDIUM',
    precision: 'very-high',
    peers: ['DL3004', 'DS-0010', 'CKV2_DOCKER_1', 'no-sudo-in-dockerfile'],
    tags: ['CWE-250'],
    docs: {
        why: 'sudo in a build means sudo is installed and configured in the image, giving any process that runs as the app user a path back to root; it also behaves unpredictably without a TTY.',
        fix: 'Run the root steps before switching USER (or switch with `USER root` and back), and leave sudo out of the image; use gosu or su-exec where an entrypoint must drop privileges.',
        failing: 'FROM debian:12\nRUN sudo apt-get install -y curl\n',
        passing: 'FROM debian:12\nRUN apt-get install -y curl\n',
        differences: ['`doas` is treated like sudo.']
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommands */ .aK)(doc), (run) => {
            const program = (0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .baseName */ .Fl)(run.command.argv[0] ?? '');
            if (program !== 'sudo' && program !== 'doas')
                return undefined;
            return [
                (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, run, `RUN uses ${program}; do the step as root before USER instead.`)
            ];
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 360:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


// Options with which passwd changes no password: lock, unlock, delete,
// expire, status.
const NO_CHANGE = /^-[a-zA-Z]*[ludeS]|^--(lock|unlock|delete|expire|status)/;
// Debian's passwd reads the new password twice from a pipe
// (`echo -e "pw\npw" | passwd root`).
function passwdFromPipe(run) {
    return (run.command.upstream.length > 0 &&
        !run.argv.slice(1).some((o) => NO_CHANGE.test(o)));
}
/** CSG-D23: passwords set inside the image. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D23',
    concern: 'D23',
    title: 'Password set in the image',
    severity: 'HIGH',
    precision: 'high',
    peers: ['CKV2_DOCKER_17'],
    tags: ['secrets', 'CWE-798'],
    docs: {
        why: 'A password set during the build is the same in every container and readable from the Dockerfile and image history; `root:root` style passwords are the first thing attackers try.',
        fix: 'Do not give accounts passwords in images; use locked accounts (`useradd --no-log-init -r`) and key- or token-based access provided at run time.',
        failing: "FROM ubuntu:24.04\nRUN echo 'root:root' | chpasswd\n",
        passing: 'FROM ubuntu:24.04\nRUN useradd --no-log-init -r -u 10001 app\n',
        differences: [
            '`useradd -p`/`usermod -p`, `passwd --stdin` and `passwd` fed through a pipe count too.'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommands */ .aK)(doc), (run) => {
            const opts = run.argv.slice(1);
            const sets = run.name === 'chpasswd' ||
                (run.name === 'passwd' &&
                    (opts.includes('--stdin') || passwdFromPipe(run))) ||
                ((run.name === 'useradd' || run.name === 'usermod') &&
                    opts.some((o) => o === '-p' || o.startsWith('--password')));
            return sets
                ? [(0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, run, `RUN sets a password with ${run.name}.`)]
                : undefined;
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 6413:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _apt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8508);
/* harmony import */ var _pkg_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(861);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _apt_js__WEBPACK_IMPORTED_MODULE_1__, _pkg_js__WEBPACK_IMPORTED_MODULE_2__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _apt_js__WEBPACK_IMPORTED_MODULE_1__, _pkg_js__WEBPACK_IMPORTED_MODULE_2__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);




/** CSG-D24: apt-get install without -y. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_3__/* .defineRule */ .K)({
    id: 'CSG-D24',
    concern: 'D24',
    title: 'apt-get install without -y',
    severity: 'LOW',
    precision: 'very-high',
    peers: ['DL3014', 'DS-0021', 'missing-assume-yes-switch'],
    tags: ['reproducibility'],
    docs: {
        why: 'Without `-y` apt-get waits for a confirmation no one can give in a build, and fails or hangs.',
        fix: 'Add `-y` (or `--yes`, `--assume-yes`): `apt-get install -y --no-install-recommends curl`.',
        failing: 'FROM debian:12\nRUN apt-get install curl\n',
        passing: 'FROM debian:12\nRUN apt-get install -y curl\n',
        differences: ['`-qq` is accepted as hadolint does, since it implies `-y`.']
    },
    check(doc) {
        return (0,_apt_js__WEBPACK_IMPORTED_MODULE_1__/* .aptInstalls */ .S)(doc)
            .filter((c) => !(0,_pkg_js__WEBPACK_IMPORTED_MODULE_2__/* .hasOption */ .Kz)(c, '-y', '--yes', '--assume-yes') &&
            !c.options.includes('-qq'))
            .map((c) => (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, c.run, `${c.manager} install runs without -y and will wait for an answer.`));
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 142:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _apt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8508);
/* harmony import */ var _pkg_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(861);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _apt_js__WEBPACK_IMPORTED_MODULE_1__, _pkg_js__WEBPACK_IMPORTED_MODULE_2__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _apt_js__WEBPACK_IMPORTED_MODULE_1__, _pkg_js__WEBPACK_IMPORTED_MODULE_2__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);




/** CSG-D25: apt-get install without --no-install-recommends. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_3__/* .defineRule */ .K)({
    id: 'CSG-D25',
    concern: 'D25',
    title: 'apt-get install without --no-install-recommends',
    severity: 'LOW',
    precision: 'very-high',
    peers: ['DL3015', 'DS-0029', 'missing-no-install-recommends'],
    tags: ['attack-surface'],
    docs: {
        why: 'Recommended packages are installed by default: often dozens of packages the image never uses, each one more to patch and more attack surface.',
        fix: 'Add `--no-install-recommends` and name what you need explicitly.',
        failing: 'FROM debian:12\nRUN apt-get install -y curl\n',
        passing: 'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n',
        differences: ['`-o APT::Install-Recommends=false` is accepted too.']
    },
    check(doc) {
        return (0,_apt_js__WEBPACK_IMPORTED_MODULE_1__/* .aptInstalls */ .S)(doc)
            .filter((c) => !(0,_pkg_js__WEBPACK_IMPORTED_MODULE_2__/* .hasOption */ .Kz)(c, '--no-install-recommends') &&
            !c.options.some((o) => /Install-Recommends=(false|0|no)/i.test(o)))
            .map((c) => (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, c.run, `${c.manager} install also installs recommended packages; add --no-install-recommends.`));
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 6155:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _pkg_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(861);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);



// The first `apt-get <sub>` / `apt <sub>` among `runs`.
function aptCall(runs, sub) {
    return runs.find((r) => {
        const c = (0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .pkgCommand */ .g2)(r);
        return (c && (c.manager === 'apt-get' || c.manager === 'apt') && c.sub === sub);
    });
}
/** CSG-D26: apt lists left in the layer. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .K)({
    id: 'CSG-D26',
    concern: 'D26',
    title: 'apt lists not removed after install',
    severity: 'LOW',
    precision: 'high',
    peers: ['DL3009', 'remove-package-lists'],
    tags: ['image-size'],
    docs: {
        why: 'apt-get update downloads package lists (tens of MB) that stay in the layer unless removed in the same RUN, and go stale anyway.',
        fix: 'End the RUN with `&& rm -rf /var/lib/apt/lists/*`, or use a cache mount (`RUN --mount=type=cache,target=/var/lib/apt/lists ...`).',
        failing: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
        passing: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n',
        differences: [
            'Every stage is checked (hadolint only the final one): build-stage lists cost cache space. A cache mount on /var/lib/apt counts as cleanup.',
            'A RUN that updates the lists without installing (`apt-get update && apt-get upgrade`) is flagged too, as hadolint does.'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .commandsByRun */ .fO)(doc), (runs) => {
            // The install if there is one, else the update that fetched the lists.
            const install = aptCall(runs, 'install') ?? aptCall(runs, 'update');
            if (!install)
                return undefined;
            const cleaned = runs.some((r) => r.name === 'rm' &&
                r.argv.some((a) => a.startsWith('/var/lib/apt/lists')));
            const cached = install.instruction.flags.some((f) => f.name === 'mount' && /\/var\/lib\/apt/.test(f.value ?? ''));
            if (cleaned || cached)
                return undefined;
            return [
                (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, install, 'apt lists stay in this layer; end the RUN with rm -rf /var/lib/apt/lists/*.')
            ];
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 8212:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _pkg_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(861);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);



function isUpdate(c) {
    if (c.manager === 'apt-get' || c.manager === 'apt' || c.manager === 'apk')
        return c.sub === 'update';
    if (['yum', 'dnf', 'tdnf', 'microdnf'].includes(c.manager))
        return c.sub === 'update' || c.sub === 'makecache';
    if (c.manager === 'zypper')
        return ['refresh', 'ref', 'update', 'up'].includes(c.sub);
    return false;
}
function isInstall(c) {
    return ([
        'install',
        'add',
        'in',
        'upgrade',
        'dist-upgrade',
        'full-upgrade',
        'reinstall',
        // apt-get's other installing subcommands.
        'build-dep',
        'satisfy'
    ].includes(c.sub) ||
        (c.manager === 'apk' && c.options.includes('--update')));
}
/** CSG-D27: a RUN refreshes package lists without installing anything. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .K)({
    id: 'CSG-D27',
    concern: 'D27',
    title: 'Package index update alone in its RUN',
    severity: 'LOW',
    precision: 'high',
    peers: ['DS-0017', 'CKV_DOCKER_5', 'Update Instruction Alone'],
    tags: ['reproducibility'],
    docs: {
        why: 'The layer cache keeps an `apt-get update` RUN from the first build forever, so a later RUN installs from stale lists: old, vulnerable package versions, or failures when they vanish from the mirror.',
        fix: 'Update and install in one RUN: `RUN apt-get update && apt-get install -y --no-install-recommends curl`.',
        failing: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n',
        passing: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
        differences: [
            '`yum/dnf update` and `zypper up` on their own count, as in Trivy; any install or upgrade in the same RUN clears it.'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .commandsByRun */ .fO)(doc), (runs) => {
            const cmds = (0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .pkgCommands */ .pX)(runs);
            const update = cmds.find(isUpdate);
            if (!update || cmds.some(isInstall))
                return undefined;
            return [
                (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, update.run, `${update.manager} ${update.sub} runs without an install in the same RUN, so its lists go stale in the cache.`)
            ];
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 4265:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/** CSG-D28: `apt` (the interactive front end) used in RUN. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D28',
    concern: 'D28',
    title: 'apt used instead of apt-get',
    severity: 'LOW',
    precision: 'very-high',
    peers: ['DL3027', 'CKV_DOCKER_9', 'prefer-apt-get'],
    tags: ['reproducibility'],
    docs: {
        why: '`apt` is meant for people: its output and behaviour may change between releases and it warns that it has no stable command-line interface. Scripts should use apt-get and apt-cache.',
        fix: 'Replace `apt install` with `apt-get install` (and `apt search` with `apt-cache search`).',
        failing: 'FROM debian:12\nRUN apt install -y curl\n',
        passing: 'FROM debian:12\nRUN apt-get install -y curl\n'
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommands */ .aK)(doc)
            .filter((run) => run.name === 'apt' && run.argv.length > 1)
            .map((run) => (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, run, 'RUN uses apt, which has no stable interface for scripts; use apt-get.'));
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 1482:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _apt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8508);
/* harmony import */ var _pkg_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(861);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _apt_js__WEBPACK_IMPORTED_MODULE_1__, _pkg_js__WEBPACK_IMPORTED_MODULE_2__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _apt_js__WEBPACK_IMPORTED_MODULE_1__, _pkg_js__WEBPACK_IMPORTED_MODULE_2__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);




/** CSG-D29: apt packages installed without a version. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_3__/* .defineRule */ .K)({
    id: 'CSG-D29',
    concern: 'D29',
    title: 'apt package version not pinned',
    severity: 'LOW',
    precision: 'very-high',
    peers: ['DL3008', 'Apt Get Install Pin Version Not Defined'],
    tags: ['reproducibility'],
    docs: {
        why: 'Unpinned packages make each build install whatever the mirror has that day, so two builds of the same commit differ and a broken or compromised update slips in unreviewed.',
        fix: 'Pin versions (`curl=8.5.0-2`) and let a bot update them; or accept the rule off if you rebuild daily from a pinned base image.',
        failing: 'FROM debian:12\nRUN apt-get install -y curl\n',
        passing: 'FROM debian:12\nRUN apt-get install -y curl=7.88.1-10+deb12u5\n',
        differences: [
            'Packages named by path, URL, variable or `name/release` are not flagged.'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)((0,_apt_js__WEBPACK_IMPORTED_MODULE_1__/* .aptInstalls */ .S)(doc), (c) => {
            const loose = (0,_pkg_js__WEBPACK_IMPORTED_MODULE_2__/* .packageNames */ .Vs)(c).filter((p) => !p.includes('='));
            return loose.length
                ? [
                    (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, c.run, `apt installs ${loose.join(', ')} without a version (pin as name=version).`)
                ]
                : undefined;
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 6734:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _base_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6342);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



/** CSG-D3: a base image is not pinned by digest (strict level). */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D3',
    concern: 'D3',
    title: 'Base image is not pinned by digest',
    severity: 'LOW',
    precision: 'very-high',
    peers: ['dockerfile-source-not-pinned'],
    tags: ['supply-chain'],
    offByDefault: true,
    strict: true,
    docs: {
        why: 'A tag can be moved to other content at any time; only a digest names exactly the image that was reviewed and scanned. Digest pinning needs a bot (Dependabot, Renovate) to keep digests fresh, which is why this rule belongs to the `strict` level rather than being on for everyone.',
        fix: 'Add the digest after the tag: `FROM alpine:3.20@sha256:<digest>`, and let Renovate or Dependabot update it.',
        failing: 'FROM alpine:3.20\n',
        passing: 'FROM alpine:3.20@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d\n',
        differences: [
            'No hadolint, Trivy, Checkov or KICS rule checks this; semgrep reports it at INFO.'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(doc.stages, (stage) => {
            const image = (0,_base_js__WEBPACK_IMPORTED_MODULE_2__/* .externalBase */ .d)(stage);
            if (!image || image.digest)
                return undefined;
            return [
                (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, stage.from, `FROM ${image.text} is not pinned by digest; add @sha256:<digest>.`)
            ];
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 1641:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _pkg_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(861);
/* harmony import */ var _upgrade_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4355);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);




/** CSG-D30-UPGRADE: upgrade of all packages in a build (off by default). */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .K)({
    id: 'CSG-D30-UPGRADE',
    concern: 'D30',
    title: 'Package upgrade in a build',
    severity: 'LOW',
    precision: 'very-high',
    peers: ['avoid-apt-get-upgrade', 'Apt Get Upgrade'],
    tags: ['reproducibility'],
    offByDefault: true,
    docs: {
        why: 'Upgrading every package makes builds differ from day to day. Others upgrade on purpose to pick up security fixes before the base image does, which is why this rule is off by default.',
        fix: 'Rely on a recent, pinned base image and rebuild when it changes; or turn the rule off.',
        failing: 'FROM alpine:3.20\nRUN apk upgrade --no-cache\n',
        passing: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r1\n',
        differences: [
            'Distribution upgrades are CSG-D30; this rule covers the rest (apt upgrade, apk/yum/dnf upgrade or update without packages, zypper up/patch without packages); upgrading named packages is a targeted fix and is not reported.'
        ]
    },
    check(doc) {
        return (0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .docPkgCommands */ .Fr)(doc)
            .filter((c) => (0,_upgrade_js__WEBPACK_IMPORTED_MODULE_3__/* .isUpgrade */ .J)(c) && !(0,_upgrade_js__WEBPACK_IMPORTED_MODULE_3__/* .isDistUpgrade */ .N)(c))
            .map((c) => (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, c.run, `${c.manager} ${c.sub} upgrades every package, so builds differ from day to day.`));
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 7628:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _pkg_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(861);
/* harmony import */ var _upgrade_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4355);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);




/** CSG-D30: dist-upgrade in a build. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .K)({
    id: 'CSG-D30',
    concern: 'D30',
    title: 'dist-upgrade in a build',
    severity: 'LOW',
    precision: 'very-high',
    peers: ['DS-0024', 'DL3035'],
    tags: ['reproducibility'],
    docs: {
        why: "A distribution upgrade inside an image may move it to packages the base image was never tested with, and makes every build different; the base image's maintainers ship fixes by publishing a new tag.",
        fix: 'Move to a newer base image tag instead of upgrading inside the build.',
        failing: 'FROM debian:12\nRUN apt-get update && apt-get dist-upgrade -y\n',
        passing: 'FROM debian:12.7\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
        differences: [
            'Plain `upgrade` is CSG-D30-UPGRADE, off by default, since opinions differ: KICS flags every upgrade, Trivy only dist-upgrade.'
        ]
    },
    check(doc) {
        return (0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .docPkgCommands */ .Fr)(doc)
            .filter(_upgrade_js__WEBPACK_IMPORTED_MODULE_3__/* .isDistUpgrade */ .N)
            .map((c) => (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, c.run, `${c.manager} ${c.sub} upgrades the distribution inside the build; use a newer base image instead.`));
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 5619:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _pkg_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(861);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);



/** CSG-D31: apk add without --no-cache. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .K)({
    id: 'CSG-D31',
    concern: 'D31',
    title: 'apk add without --no-cache',
    severity: 'LOW',
    precision: 'very-high',
    peers: ['DL3019', 'DS-0025', 'missing-apk-no-cache'],
    tags: ['image-size'],
    docs: {
        why: 'Without `--no-cache`, apk keeps its index in /var/cache/apk inside the layer: wasted space and stale data in the image.',
        fix: 'Use `apk add --no-cache <packages>` (it also makes a separate `apk update` unnecessary).',
        failing: 'FROM alpine:3.20\nRUN apk add curl\n',
        passing: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n',
        differences: ['A cache mount on /var/cache/apk counts as cleanup.']
    },
    check(doc) {
        return (0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .docPkgCommands */ .Fr)(doc)
            .filter((c) => c.manager === 'apk' &&
            c.sub === 'add' &&
            !c.options.includes('--no-cache'))
            .filter((c) => !c.run.instruction.flags.some((f) => f.name === 'mount' && /\/var\/cache\/apk/.test(f.value ?? '')))
            .map((c) => (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, c.run, 'apk add runs without --no-cache, leaving its index in the layer.'));
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 3862:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _pkg_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(861);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);



/** CSG-D32: apk packages installed without a version. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .K)({
    id: 'CSG-D32',
    concern: 'D32',
    title: 'apk package version not pinned',
    severity: 'LOW',
    precision: 'very-high',
    peers: ['DL3018', 'Unpinned Package Version in Apk Add'],
    tags: ['reproducibility'],
    docs: {
        why: 'Unpinned packages make each build install whatever the repository has that day, so two builds of the same commit differ.',
        fix: 'Pin versions: `apk add --no-cache curl=8.9.1-r1` (or `curl~8.9` for a patch range).',
        failing: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n',
        passing: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r1\n'
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)((0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .docPkgCommands */ .Fr)(doc), (c) => {
            if (c.manager !== 'apk' || c.sub !== 'add')
                return undefined;
            const loose = (0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .packageNames */ .Vs)(c).filter((p) => !/[=~<>]/.test(p) && !p.endsWith('.apk'));
            return loose.length
                ? [
                    (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, c.run, `apk adds ${loose.join(', ')} without a version (pin as name=version).`)
                ]
                : undefined;
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 2625:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _pkg_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(861);
/* harmony import */ var _rpm_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9878);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);




// Where yum, dnf, dnf5, tdnf, microdnf and zypper keep their caches.
const CACHE_DIR = /^\/var\/cache\/(yum|dnf|libdnf5|tdnf|zypp)\b/;
// A `RUN --mount` over such a directory (or all of /var/cache) keeps the
// cache out of the layer.
function mountsCache(run) {
    return run.flags.some((f) => f.name === 'mount' &&
        (f.value ?? '').split(',').some((kv) => {
            const target = /^(?:target|dst|destination)=(.*)$/.exec(kv)?.[1];
            return (target !== undefined &&
                (CACHE_DIR.test(target) || /^\/var\/cache\/?$/.test(target)));
        }));
}
/** CSG-D33-CLEAN: yum/dnf/zypper caches left in the layer. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_3__/* .defineRule */ .K)({
    id: 'CSG-D33-CLEAN',
    concern: 'D33',
    title: 'yum/dnf/zypper cache not cleaned after install',
    severity: 'LOW',
    precision: 'high',
    peers: [
        'DL3032',
        'DL3036',
        'DL3040',
        'DS-0015',
        'DS-0019',
        'DS-0020',
        'DS-0027'
    ],
    tags: ['image-size'],
    docs: {
        why: 'Downloaded packages and metadata stay in the layer unless the cache is cleaned in the same RUN, after the last install.',
        fix: 'End the RUN with `&& dnf clean all` (`yum clean all`, `microdnf clean all`, `zypper clean`).',
        failing: 'FROM rockylinux:9\nRUN dnf install -y httpd\n',
        passing: 'FROM rockylinux:9\nRUN dnf install -y httpd && dnf clean all\n',
        differences: [
            '`rm -rf /var/cache/yum` (or dnf, libdnf5, tdnf, zypp) after the last install is accepted too, and so is a `RUN --mount` over that directory (a cache mount). `yum clean metadata` is not enough, as in Trivy.'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .commandsByRun */ .fO)(doc), (runs) => {
            const calls = (0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .pkgCommands */ .pX)(runs);
            const last = calls.map(_rpm_js__WEBPACK_IMPORTED_MODULE_2__/* .fillsCache */ .RS).lastIndexOf(true);
            const lastRun = calls[last]?.run;
            if (!lastRun)
                return undefined;
            // Only a clean or a removal that runs after the last install empties
            // what it downloaded.
            const removed = runs
                .slice(runs.indexOf(lastRun) + 1)
                .some((r) => r.name === 'rm' && r.argv.some((a) => CACHE_DIR.test(a)));
            if (removed ||
                mountsCache(lastRun.instruction) ||
                calls.slice(last + 1).some(_rpm_js__WEBPACK_IMPORTED_MODULE_2__/* .cleansCache */ .P0))
                return undefined;
            return [
                (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, lastRun, `${calls[last]?.manager} ${calls[last]?.sub} leaves its cache in the layer; clean it at the end of the RUN.`)
            ];
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 3491:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _pkg_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(861);
/* harmony import */ var _rpm_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9878);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);




/** CSG-D33-PIN: yum/dnf/zypper packages without a version. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_3__/* .defineRule */ .K)({
    id: 'CSG-D33-PIN',
    concern: 'D33',
    title: 'yum/dnf/zypper package version not pinned',
    severity: 'LOW',
    precision: 'high',
    peers: ['DL3033', 'DL3037', 'DL3041'],
    tags: ['reproducibility'],
    docs: {
        why: 'Unpinned packages make each build install whatever the repository has that day, so two builds of the same commit differ.',
        fix: 'Pin versions: `dnf install -y httpd-2.4.57` (yum/dnf/tdnf/microdnf) or `zypper install -y "curl=8.6.0"`.',
        failing: 'FROM rockylinux:9\nRUN dnf install -y httpd && dnf clean all\n',
        passing: 'FROM rockylinux:9\nRUN dnf install -y httpd-2.4.57 && dnf clean all\n',
        differences: [
            'A yum-style version is recognised by a dash followed by a digit (`name-1.2`); module streams and groups (`@...`) are not flagged.'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)((0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .docPkgCommands */ .Fr)(doc), (c) => {
            if (!(0,_rpm_js__WEBPACK_IMPORTED_MODULE_2__/* .isRpmInstall */ .lY)(c))
                return undefined;
            const pinned = c.manager === 'zypper'
                ? (p) => /[=<>]/.test(p)
                : (p) => /-\d/.test(p);
            const loose = (0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .packageNames */ .Vs)(c).filter((p) => !pinned(p) && !p.startsWith('@'));
            return loose.length
                ? [
                    (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, c.run, `${c.manager} installs ${loose.join(', ')} without a version.`)
                ]
                : undefined;
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 2267:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _pkg_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(861);
/* harmony import */ var _rpm_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9878);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);




/** CSG-D33-Y: yum/dnf/zypper install without non-interactive flag. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_3__/* .defineRule */ .K)({
    id: 'CSG-D33-Y',
    concern: 'D33',
    title: 'yum/dnf/zypper install without -y',
    severity: 'LOW',
    precision: 'very-high',
    peers: ['DL3030', 'DL3034', 'DL3038'],
    tags: ['reproducibility'],
    docs: {
        why: 'Without `-y` (zypper: `-n`) the install waits for a confirmation no one can give in a build, and fails or hangs.',
        fix: 'Add `-y` for yum, dnf, tdnf and microdnf; `zypper -n install` or `zypper install -y` for zypper.',
        failing: 'FROM rockylinux:9\nRUN dnf install httpd && dnf clean all\n',
        passing: 'FROM rockylinux:9\nRUN dnf install -y httpd && dnf clean all\n'
    },
    check(doc) {
        return (0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .docPkgCommands */ .Fr)(doc)
            .filter((c) => (0,_rpm_js__WEBPACK_IMPORTED_MODULE_2__/* .isRpmInstall */ .lY)(c) &&
            !(0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOption */ .Kz)(c, '-y', '--assumeyes', '--yes', '-n', '--non-interactive', '--no-confirm'))
            .map((c) => (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, c.run, `${c.manager} install runs without -y and will wait for an answer.`));
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 9327:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _pkg_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(861);
/* harmony import */ var _vars_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6017);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);




const NAME = 'PIP_NO_CACHE_DIR';
// pip turns its cache off for any value of the variable, even 0 or off.
function assigns(assignments) {
    return assignments.some((a) => a.startsWith(`${NAME}=`));
}
// An ENV or ARG that sets the variable.
function setsVariable(i) {
    return (0,_vars_js__WEBPACK_IMPORTED_MODULE_2__/* .pairsOf */ .f)(i).some((p) => p.name === NAME);
}
// Whether an ENV or ARG is in force when `run` runs: an ENV from its own
// stage before it or from any stage it builds on (ENV is part of the
// image), an ARG only from its own stage before it.
function inForce(doc, setter, run) {
    if (setter.stage === run.stage)
        return setter.line < run.line;
    const stage = doc.stages[run.stage];
    if (setter.keyword !== 'ENV' || !stage)
        return false;
    return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .stageLineage */ .uL)(doc, stage).some((s) => s.index === setter.stage);
}
// A cache mount keeps ~/.cache/pip out of the layer, wherever it points.
function mountsCache(run) {
    return run.flags.some((f) => f.name === 'mount' && /type=cache/.test(f.value ?? ''));
}
/** CSG-D34-CACHE: pip install keeps its download cache in the layer. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_3__/* .defineRule */ .K)({
    id: 'CSG-D34-CACHE',
    concern: 'D34',
    title: 'pip install without --no-cache-dir',
    severity: 'LOW',
    precision: 'high',
    peers: ['DL3042', 'missing-pip-no-cache-dir'],
    tags: ['image-size'],
    docs: {
        why: 'pip keeps every downloaded wheel in ~/.cache/pip, inside the layer, unless told not to.',
        fix: 'Add `--no-cache-dir`, set `ENV PIP_NO_CACHE_DIR=1`, or use a cache mount (`RUN --mount=type=cache,target=/root/.cache/pip pip install ...`).',
        failing: 'FROM python:3.12-slim\nRUN pip install requests==2.32.3\n',
        passing: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir requests==2.32.3\n',
        differences: [
            '`PIP_NO_CACHE_DIR` (any value, as pip reads it) counts when it is in force for the install: an ENV earlier in the stage or in a stage it builds on, an ARG earlier in the stage, `export` earlier in the RUN or a prefix of the command. Any cache mount on the RUN counts too.'
        ]
    },
    check(doc) {
        const setters = doc.instructions.filter((i) => (i.keyword === 'ENV' || i.keyword === 'ARG') && setsVariable(i));
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .commandsByRun */ .fO)(doc), (runs) => {
            const instruction = runs[0]?.instruction;
            if (!instruction || mountsCache(instruction))
                return undefined;
            if (setters.some((s) => inForce(doc, s, instruction)))
                return undefined;
            let exported = false;
            return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(runs, (run) => {
                if (run.name === 'export' && assigns(run.command.assignments))
                    exported = true;
                const c = (0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .pkgCommand */ .g2)(run);
                if (exported ||
                    c?.manager !== 'pip' ||
                    c.sub !== 'install' ||
                    c.options.includes('--no-cache-dir') ||
                    assigns(run.command.assignments))
                    return undefined;
                return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, run, 'pip install keeps its download cache in the layer; add --no-cache-dir.');
            });
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 4354:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _pkg_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(861);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);



/** CSG-D34-PIN: pip packages installed without a version. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .K)({
    id: 'CSG-D34-PIN',
    concern: 'D34',
    title: 'pip package version not pinned',
    severity: 'LOW',
    precision: 'high',
    peers: ['DL3013'],
    tags: ['reproducibility'],
    docs: {
        why: 'An unpinned pip install takes whatever PyPI serves that day, including a hijacked or broken release.',
        fix: 'Pin versions (`pip install requests==2.32.3`) or install from a locked requirements file (`pip install -r requirements.txt`, ideally with `--require-hashes`).',
        failing: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir requests\n',
        passing: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir requests==2.32.3\n',
        differences: [
            'Local paths, URLs, wheels and `-r`/`-e` installs are not flagged.'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)((0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .docPkgCommands */ .Fr)(doc), (c) => {
            if (c.manager !== 'pip' || c.sub !== 'install')
                return undefined;
            const loose = c.operands.filter((p) => p !== '' &&
                !/[=<>~@]/.test(p) &&
                !/[/$]/.test(p) &&
                !/\.(whl|tar\.gz|zip)$/.test(p) &&
                p !== '.');
            return loose.length
                ? [
                    (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, c.run, `pip installs ${loose.join(', ')} without a version (pin as name==version).`)
                ]
                : undefined;
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 9608:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _pkg_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(861);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);



/** CSG-D35-CACHE: yarn install leaves its cache in the layer. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .K)({
    id: 'CSG-D35-CACHE',
    concern: 'D35',
    title: 'yarn cache not cleaned after install',
    severity: 'LOW',
    precision: 'high',
    peers: ['DL3060'],
    tags: ['image-size'],
    docs: {
        why: 'yarn keeps every downloaded package in its cache folder, inside the layer, unless it is cleaned in the same RUN.',
        fix: 'End the RUN with `&& yarn cache clean`, or use a cache mount.',
        failing: 'FROM node:22-slim\nRUN yarn install --frozen-lockfile\n',
        passing: 'FROM node:22-slim\nRUN yarn install --frozen-lockfile && yarn cache clean\n',
        differences: [
            'The clean must run after the last install of the RUN, and `yarn global add` counts as an install.'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .commandsByRun */ .fO)(doc), (runs) => {
            const calls = (0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .pkgCommands */ .pX)(runs).filter((c) => c.manager === 'yarn');
            // Only a clean after the last install empties what the installs
            // downloaded.
            const last = calls.findLastIndex((c) => c.sub === 'install' || c.sub === 'add' || c.sub === '');
            const install = calls[last];
            if (!install)
                return undefined;
            const cleaned = calls
                .slice(last + 1)
                .some((c) => c.sub === 'cache' && c.operands[0] === 'clean');
            const mounted = install.run.instruction.flags.some((f) => f.name === 'mount' && /type=cache/.test(f.value ?? ''));
            return cleaned || mounted
                ? []
                : [
                    (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, install.run, 'yarn leaves its cache in the layer; end the RUN with yarn cache clean.')
                ];
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 5127:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _pkg_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(861);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);



// An npm/yarn name without a version, or with only a dist-tag (`latest`,
// `next`: a bare word not read as `v1...`), which moves with each release.
function npmUnpinned(p) {
    const spec = /^@?[^@]+@(.+)$/.exec(p)?.[1];
    return (spec === undefined || (/^[A-Za-z][\w.-]*$/.test(spec) && !/^v\d/.test(spec)));
}
// A Go version query pinned to a release or a commit, not `@latest`,
// `@upgrade` or a branch.
function goPinned(p) {
    const query = p.slice(p.lastIndexOf('@') + 1);
    return (p.includes('@') && (/^v\d/.test(query) || /^[0-9a-f]{7,40}$/.test(query)));
}
// The operands of an npm/yarn/gem/go install that name no version.
function unpinned(c) {
    const named = c.operands.filter((p) => p !== '' && !p.startsWith('$') && !p.startsWith('.') && !p.startsWith('/'));
    switch (c.manager) {
        case 'npm':
            if (!['install', 'i', 'add'].includes(c.sub))
                return [];
            return named.filter((p) => !/^(git\+|https?:|file:)/.test(p) &&
                !p.endsWith('.tgz') &&
                npmUnpinned(p));
        case 'yarn':
            return c.sub === 'add' ? named.filter(npmUnpinned) : [];
        case 'gem':
            return c.sub === 'install' && !(0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .hasOption */ .Kz)(c, '-v', '--version')
                ? named.filter((p) => !p.includes(':'))
                : [];
        case 'go':
            return c.sub === 'install' || c.sub === 'get'
                ? named.filter((p) => !goPinned(p))
                : [];
        default:
            return [];
    }
}
/** CSG-D35: npm, yarn, gem or go packages installed without a version. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .K)({
    id: 'CSG-D35',
    concern: 'D35',
    title: 'npm/yarn/gem/go package version not pinned',
    severity: 'LOW',
    precision: 'high',
    peers: ['DL3016', 'DL3028', 'DL3062'],
    tags: ['reproducibility'],
    docs: {
        why: 'A named package installed without a version takes whatever the registry serves that day, including a hijacked or broken release.',
        fix: 'Name versions (`npm install -g pnpm@9.12.0`, `gem install bundler:2.5.22`, `go install golang.org/x/tools/gopls@v0.16.2`) or install from a lockfile (`npm ci`).',
        failing: 'FROM node:22-slim\nRUN npm install -g pnpm\n',
        passing: 'FROM node:22-slim\nRUN npm install -g pnpm@9.12.0\n',
        differences: [
            'Installs from a lockfile (`npm install` with no names, `npm ci`) are not flagged.',
            'A dist-tag (`npm@latest`, `pkg@next`) or a Go query that is not a release or a commit (`@latest`, `@master`) counts as no version: it names whatever the registry serves that day. hadolint DL3016 accepts any `@`.',
            '`yarn global add` is checked like `yarn add`.'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)((0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .docPkgCommands */ .Fr)(doc), (c) => {
            const loose = unpinned(c);
            return loose.length
                ? [
                    (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, c.run, `${c.manager} installs ${loose.join(', ')} without a version.`)
                ]
                : undefined;
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 8106:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


// A SHELL that runs RUN with pipefail on (or a shell without pipes).
function pipefailShell(shell) {
    const words = shell?.json ?? [];
    const program = (words[0] ?? '').toLowerCase();
    if (/pwsh|powershell|cmd(\.exe)?$/.test(program))
        return true;
    return (words.some((w, i) => w === '-o' && words[i + 1] === 'pipefail') ||
        words.some((w) => /^-[a-z]*o$/.test(w) && words[words.indexOf(w) + 1] === 'pipefail'));
}
/** CSG-D36: a piped RUN without pipefail. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D36',
    concern: 'D36',
    title: 'Piped RUN without pipefail',
    severity: 'LOW',
    precision: 'high',
    peers: ['DL4006', 'set-pipefail'],
    tags: ['correctness'],
    docs: {
        why: 'A pipeline succeeds when its last command does: `curl ... | tar x` builds a broken image when the download fails, and the build carries on as if all went well.',
        fix: 'Set `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before the RUN, or start the RUN with `set -o pipefail &&`.',
        failing: 'FROM debian:12\nRUN curl -fsSL https://example.com/a.tgz | tar xz\n',
        passing: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/a.tgz | tar xz\n',
        differences: [
            '`set -o pipefail` (or `set -eo pipefail`) inside the RUN itself is accepted too.',
            'A stage built FROM an earlier stage inherits the SHELL that stage ended with, as Docker does.'
        ]
    },
    check(doc) {
        // SHELL is part of the image config: a stage built on an earlier stage
        // starts with the SHELL that stage ended with.
        const lastShell = [];
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(doc.stages, (stage) => {
            let shell = stage.baseStage === undefined ? undefined : lastShell[stage.baseStage];
            const hits = (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(stage.instructions, (instruction) => {
                if (instruction.keyword === 'SHELL')
                    shell = instruction;
                if (instruction.keyword !== 'RUN' ||
                    instruction.json ||
                    pipefailShell(shell))
                    return undefined;
                const script = instruction.script()?.shell;
                if (!script?.hasPipe)
                    return undefined;
                const setsIt = script.commands.some((c) => c.argv[0] === 'set' && c.argv.includes('pipefail'));
                return setsIt
                    ? undefined
                    : [
                        (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, instruction, 'RUN uses a pipe without pipefail, so a failure before the last command goes unnoticed.')
                    ];
            });
            lastShell[stage.index] = shell;
            return hits;
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 8617:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/** CSG-D37: `cd` in RUN instead of WORKDIR. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D37',
    concern: 'D37',
    title: 'cd in RUN instead of WORKDIR',
    severity: 'LOW',
    precision: 'very-high',
    peers: ['DL3003', 'DS-0013', 'use-workdir'],
    tags: ['maintainability'],
    docs: {
        why: '`cd` lasts only for its RUN; later instructions silently run elsewhere, which makes Dockerfiles hard to read and easy to break.',
        fix: 'Use `WORKDIR /path` for the directory later instructions need; inside one RUN, prefer absolute paths or a subshell.',
        failing: 'FROM debian:12\nRUN cd /app && make\n',
        passing: 'FROM debian:12\nWORKDIR /app\nRUN make\n',
        differences: [
            '`cd` inside a subshell, `sh -c` script or substitution is flagged too, as in hadolint.'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommands */ .aK)(doc)
            .filter((run) => run.name === 'cd' && run.instruction.keyword === 'RUN')
            .map((run) => (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, run, 'RUN uses cd; use WORKDIR so later instructions run where you expect.'));
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 7076:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _add_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7704);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



/** CSG-D38: WORKDIR with a relative path. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D38',
    concern: 'D38',
    title: 'WORKDIR path is relative',
    severity: 'LOW',
    precision: 'very-high',
    peers: ['DL3000', 'DS-0009', 'CKV_DOCKER_10', 'WorkdirRelativePath'],
    tags: ['maintainability'],
    docs: {
        why: "A relative WORKDIR depends on every earlier WORKDIR, including the base image's, so the directory changes when the base image does.",
        fix: 'Use an absolute path: `WORKDIR /app`.',
        failing: 'FROM alpine:3.20\nWORKDIR app\n',
        passing: 'FROM alpine:3.20\nWORKDIR /app\n',
        differences: [
            'Windows paths (`C:\\app`) and paths starting with a variable are accepted.'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(doc.instructions, (instruction) => {
            if (instruction.keyword !== 'WORKDIR')
                return undefined;
            const dir = (0,_add_js__WEBPACK_IMPORTED_MODULE_2__/* .unquote */ ._n)(instruction.args.join(' '));
            if (dir === '' ||
                dir.startsWith('/') ||
                dir.startsWith('$') ||
                /^[a-zA-Z]:[\\/]/.test(dir))
                return undefined;
            return [
                (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, instruction, `WORKDIR ${dir} is relative; use an absolute path.`)
            ];
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 2747:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _add_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7704);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



const SYSTEM = /^\/(proc|sys|dev|boot|lost\+found|initrd)(\/|$)/;
/** CSG-D39: WORKDIR inside a kernel or system directory. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D39',
    concern: 'D39',
    title: 'WORKDIR is a system directory',
    severity: 'MEDIUM',
    precision: 'very-high',
    peers: ['DS-0030'],
    tags: ['correctness'],
    docs: {
        why: '/proc, /sys and /dev are provided by the kernel at run time; files written there at build time vanish or, worse, touch the host through mounted pseudo-files.',
        fix: 'Use an application directory such as `/app` or `/srv/app`.',
        failing: 'FROM alpine:3.20\nWORKDIR /proc/self/fd/1\n',
        passing: 'FROM alpine:3.20\nWORKDIR /app\n'
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(doc.instructions, (instruction) => {
            if (instruction.keyword !== 'WORKDIR')
                return undefined;
            const dir = (0,_add_js__WEBPACK_IMPORTED_MODULE_2__/* .unquote */ ._n)(instruction.args.join(' '));
            if (!SYSTEM.test(dir))
                return undefined;
            return [(0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, instruction, `WORKDIR ${dir} is a system directory.`)];
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 7119:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


// BuildKit sets these automatically; they need no ARG.
const AUTOMATIC = new Set([
    'BUILDPLATFORM',
    'BUILDOS',
    'BUILDARCH',
    'BUILDVARIANT',
    'TARGETPLATFORM',
    'TARGETOS',
    'TARGETARCH',
    'TARGETVARIANT'
]);
// What no valid image reference looks like: empty, or a part left empty
// (`alpine:`, `/app:1`, `ghcr.io//x`).
const BROKEN = /^$|^[:@/]|[:@/]$|\/\/|[:/]@|\/:/;
// Global ARGs declared with an empty default (`ARG TAG=`) that the FROM
// line uses, when they leave it no valid reference (BuildKit's
// InvalidDefaultArgInFrom); an empty optional suffix is fine.
function emptyArgs(doc, stage) {
    if (!stage.rawImage.includes('$') || !BROKEN.test(stage.image.text))
        return [];
    const names = [];
    for (const [name, value] of doc.globalArgs) {
        if (value === '' && usesArg(stage.rawImage, name))
            names.push(name);
    }
    return names;
}
// `$NAME` or `${NAME...}`; ARG names that are not identifiers never expand.
function usesArg(text, name) {
    if (!/^[A-Za-z_]\w*$/.test(name))
        return false;
    return new RegExp(`\\$\\{?${name}(?!\\w)`).test(text);
}
/** CSG-D4: a FROM line uses an ARG that is undeclared or has no default. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D4',
    concern: 'D4',
    title: 'FROM uses an undeclared or empty build argument',
    severity: 'LOW',
    precision: 'high',
    peers: ['UndefinedArgInFrom', 'InvalidDefaultArgInFrom'],
    tags: ['correctness'],
    docs: {
        why: 'A build argument in FROM that is not declared before the first FROM, or has no default, expands to nothing unless every build passes it: the base image then silently changes or the build breaks, and scanners cannot tell which image is used.',
        fix: 'Declare the argument before the first FROM with a sensible default: `ARG BASE=alpine:3.20` then `FROM ${BASE}`.',
        failing: 'ARG TAG\nFROM alpine:${TAG}\n',
        passing: 'ARG TAG=3.20\nFROM alpine:${TAG}\n',
        differences: [
            'An empty default (`ARG TAG=`) is reported when it leaves no valid image reference (`alpine:`), as BuildKit does; an empty optional suffix (`alpine:3.20${SUFFIX}`) is not.'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(doc.stages, (stage) => {
            const names = [
                ...stage.undefinedArgs.filter((n) => !AUTOMATIC.has(n)),
                ...emptyArgs(doc, stage)
            ];
            if (names.length === 0)
                return undefined;
            return [
                (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, stage.from, `FROM ${stage.rawImage} uses ${names.join(', ')}, which has no value unless passed with --build-arg.`)
            ];
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 8679:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/** CSG-D40: the final stage has no HEALTHCHECK. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D40',
    concern: 'D40',
    title: 'Final stage has no HEALTHCHECK',
    severity: 'LOW',
    precision: 'medium',
    peers: ['DL3057', 'DS-0026', 'CKV_DOCKER_2'],
    tags: ['availability'],
    docs: {
        why: 'Without a health check the runtime only knows whether the process exists, not whether it works: a hung service keeps receiving traffic and is never restarted.',
        fix: 'Add a cheap probe to the final stage: `HEALTHCHECK CMD ["/app/healthcheck"]`. Orchestrators with their own probes (Kubernetes) can suppress this rule with a reason.',
        failing: 'FROM alpine:3.20\nCMD ["./app"]\n',
        passing: 'FROM alpine:3.20\nHEALTHCHECK CMD ["./app", "--health"]\nCMD ["./app"]\n',
        differences: [
            'Only the final stage (and the stages it builds on) counts.',
            '`HEALTHCHECK NONE` is flagged too: it switches health checking off.'
        ]
    },
    check(doc) {
        const stage = (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .finalStage */ .BD)(doc);
        if (!stage)
            return [];
        for (const current of (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .stageLineage */ .uL)(doc, stage)) {
            const checks = current.instructions.filter((i) => i.keyword === 'HEALTHCHECK');
            const last = checks[checks.length - 1];
            if (!last)
                continue;
            if (last.args[0]?.toUpperCase() !== 'NONE')
                return [];
            return [
                (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, last, 'HEALTHCHECK NONE switches health checking off.')
            ];
        }
        return [(0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, stage.from, 'The final stage has no HEALTHCHECK.')];
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 1024:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


const ONCE = new Set(['CMD', 'ENTRYPOINT', 'HEALTHCHECK']);
/** CSG-D41: more than one CMD, ENTRYPOINT or HEALTHCHECK in a stage. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D41',
    concern: 'D41',
    title: 'Multiple CMD, ENTRYPOINT or HEALTHCHECK in a stage',
    severity: 'LOW',
    precision: 'very-high',
    peers: [
        'DL4003',
        'DL4004',
        'DL3012',
        'DS-0016',
        'DS-0007',
        'DS-0023',
        'MultipleInstructionsDisallowed'
    ],
    tags: ['correctness'],
    docs: {
        why: 'Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect; earlier ones mislead the reader about how the container starts or is checked.',
        fix: 'Keep one of each per stage and delete the others.',
        failing: 'FROM alpine:3.20\nCMD ["./a"]\nCMD ["./b"]\n',
        passing: 'FROM alpine:3.20\nCMD ["./b"]\n',
        differences: [
            'Each extra instruction after the first is reported on its own line.'
        ]
    },
    check(doc) {
        const hits = [];
        for (const stage of doc.stages) {
            const seen = new Set();
            for (const i of stage.instructions) {
                if (!ONCE.has(i.keyword))
                    continue;
                if (!seen.has(i.keyword))
                    seen.add(i.keyword);
                else
                    hits.push((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, i, `This stage has more than one ${i.keyword}; only the last takes effect.`));
            }
        }
        return hits.sort((a, b) => a.region.startLine - b.region.startLine);
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 5321:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/** CSG-D42: CMD or ENTRYPOINT in shell form. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D42',
    concern: 'D42',
    title: 'CMD or ENTRYPOINT in shell form',
    severity: 'LOW',
    precision: 'very-high',
    peers: [
        'DL3025',
        'Not Using JSON In CMD And ENTRYPOINT',
        'JSONArgsRecommended'
    ],
    tags: ['reliability'],
    docs: {
        why: 'In shell form the process runs under `/bin/sh -c`, which does not pass on SIGTERM: the application never hears `docker stop` and is killed after the timeout, without a clean shutdown.',
        fix: 'Use the exec (JSON) form: `CMD ["node", "server.js"]`.',
        failing: 'FROM node:22-slim\nCMD node server.js\n',
        passing: 'FROM node:22-slim\nCMD ["node", "server.js"]\n'
    },
    check(doc) {
        return doc.instructions
            .filter((i) => (i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT') &&
            !i.json &&
            i.args.length > 0)
            .map((i) => (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, i, `${i.keyword} uses the shell form; use the JSON form so the process receives signals.`));
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 5066:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _expose_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2187);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



/** CSG-D43: EXPOSE 22 (SSH). */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D43',
    concern: 'D43',
    title: 'SSH port exposed',
    severity: 'MEDIUM',
    precision: 'high',
    peers: ['DS-0004', 'CKV_DOCKER_1', 'exposing_port_22'],
    tags: ['attack-surface'],
    docs: {
        why: 'An SSH server in a container is one more daemon with credentials to steal and patch; containers are entered with `docker exec` or `kubectl exec`, not SSH.',
        fix: 'Remove the SSH server and `EXPOSE 22`; use exec for debugging.',
        failing: 'FROM debian:12\nEXPOSE 22\n',
        passing: 'FROM debian:12\nEXPOSE 8080\n',
        differences: ['Port ranges that include 22 count too.']
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(doc.instructions, (i) => {
            if (i.keyword !== 'EXPOSE')
                return undefined;
            const ssh = i.args
                .map(_expose_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePort */ .p)
                .find((p) => p.from !== undefined &&
                p.to !== undefined &&
                p.from <= 22 &&
                22 <= p.to);
            return ssh
                ? [(0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, i, `EXPOSE ${ssh.text} publishes the SSH port.`)]
                : undefined;
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 2579:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _expose_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2187);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



/** CSG-D44: EXPOSE with an invalid port. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D44',
    concern: 'D44',
    title: 'EXPOSE port out of range or malformed',
    severity: 'LOW',
    precision: 'very-high',
    peers: [
        'DL3011',
        'DS-0008',
        'UNIX Ports Out Of Range',
        'ExposeInvalidFormat'
    ],
    tags: ['correctness'],
    docs: {
        why: 'A port above 65535 or in a malformed spec (`8080:80`, `http`) means nothing to Docker; the intended port is not documented or published.',
        fix: 'Write `port[/tcp|udp]` with 0-65535, e.g. `EXPOSE 8080/tcp`; host mappings belong to `docker run -p`.',
        failing: 'FROM alpine:3.20\nEXPOSE 65536\n',
        passing: 'FROM alpine:3.20\nEXPOSE 8080/tcp\n'
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(doc.instructions, (i) => {
            if (i.keyword !== 'EXPOSE')
                return undefined;
            const bad = i.args.map(_expose_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePort */ .p).filter((p) => !p.valid);
            return bad.length
                ? [
                    (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, i, `EXPOSE ${bad.map((p) => p.text).join(', ')} is not a valid port (0-65535, optionally /tcp or /udp).`)
                ]
                : undefined;
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 3708:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/** CSG-D45: MAINTAINER is deprecated. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D45',
    concern: 'D45',
    title: 'MAINTAINER is deprecated',
    severity: 'LOW',
    precision: 'very-high',
    peers: ['DL4000', 'DS-0022', 'CKV_DOCKER_6', 'MaintainerDeprecated'],
    tags: ['maintainability'],
    docs: {
        why: 'MAINTAINER was deprecated in favour of labels, which tools can read and which follow the OCI annotation names.',
        fix: 'Use `LABEL org.opencontainers.image.authors="team@example.com"`.',
        failing: 'FROM alpine:3.20\nMAINTAINER team@example.com\n',
        passing: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="team@example.com"\n'
    },
    check(doc) {
        return doc.instructions
            .filter((i) => i.keyword === 'MAINTAINER')
            .map((i) => (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, i, 'MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors.'));
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 1173:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _add_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7704);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



/** CSG-D46: COPY of several sources to a destination without a slash. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D46',
    concern: 'D46',
    title: 'COPY with several sources needs a directory destination',
    severity: 'LOW',
    precision: 'very-high',
    peers: ['DL3021', 'DS-0011'],
    tags: ['correctness'],
    docs: {
        why: 'With more than one source Docker requires the destination to be a directory ending in `/`; otherwise the build fails, or a reader cannot tell where files land.',
        fix: 'End the destination with a slash: `COPY package.json yarn.lock /app/`.',
        failing: 'FROM node:22-slim\nCOPY package.json yarn.lock /app\n',
        passing: 'FROM node:22-slim\nCOPY package.json yarn.lock /app/\n',
        differences: [
            'History-style sources (`file:<sha>` / `multi:<sha>` followed by `in`) are skipped, as in Trivy.',
            '`.` as the destination passes (`COPY go.mod go.sum .`): BuildKit, the default builder since Docker Engine 23, reads it as `./`, and a reader cannot mistake it for a file. hadolint DL3021 flags it, and the legacy builder rejected it.',
            'A heredoc (`COPY <<EOT /app`) is one source; its body is not read as more arguments.'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(doc.instructions, (instruction) => {
            const copy = instruction.trigger ?? instruction;
            if (copy.keyword !== 'COPY' && copy.keyword !== 'ADD')
                return undefined;
            const args = copy.json ?? copy.args.map(_add_js__WEBPACK_IMPORTED_MODULE_2__/* .unquote */ ._n);
            if (args.length <= 2 || args[1] === 'in')
                return undefined;
            const dest = args[args.length - 1] ?? '';
            // BuildKit reads a destination of `.` as `./`: the working directory.
            if (dest.endsWith('/') || dest === '.' || dest.includes('$'))
                return undefined;
            return [
                (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, instruction, `${copy.keyword} has ${args.length - 1} sources, so its destination ${dest} must end with "/".`)
            ];
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 9110:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/** CSG-D47: RUN chown/chmod -R after COPY instead of COPY --chown/--chmod. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D47',
    concern: 'D47',
    title: 'RUN chown/chmod -R instead of COPY --chown/--chmod',
    severity: 'MEDIUM',
    precision: 'medium',
    peers: [],
    tags: ['image-size'],
    docs: {
        why: 'A recursive chown or chmod after COPY writes every file again into a new layer, doubling its size, and leaves a window where the files belong to root; COPY --chown/--chmod sets ownership as the files are written.',
        fix: 'Use `COPY --chown=10001:10001 --chmod=0755 src/ /app/` and drop the RUN.',
        failing: 'FROM node:22-slim\nCOPY . /app\nRUN chown -R node:node /app\n',
        passing: 'FROM node:22-slim\nCOPY --chown=node:node . /app\n',
        differences: [
            'KICS takes the opposite view (it reports `--chown` at LOW); the guide this project follows prefers the flag. Only a recursive chown/chmod after a COPY or ADD in the same stage is flagged.'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommands */ .aK)(doc), (run) => {
            if (run.name !== 'chown' && run.name !== 'chmod')
                return undefined;
            if (!run.argv
                .slice(1)
                .some((a) => a === '-R' || a === '--recursive' || /^-[a-zA-Z]*R/.test(a)))
                return undefined;
            const stage = doc.stages[run.instruction.stage];
            const copied = stage?.instructions.some((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') &&
                i.line < run.instruction.line);
            if (!copied)
                return undefined;
            return [
                (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, run, `RUN ${run.name} -R rewrites copied files into a new layer; use COPY --${run.name} instead.`)
            ];
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 2735:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _add_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7704);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



/** CSG-D48: COPY --from copies a stage's whole filesystem. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D48',
    concern: 'D48',
    title: 'COPY --from copies a whole filesystem',
    severity: 'LOW',
    precision: 'very-high',
    peers: ['DL3067'],
    tags: ['attack-surface'],
    docs: {
        why: 'Copying `/` from another stage brings its whole filesystem (compilers, caches, package databases) into this one, undoing the point of a multi-stage build.',
        fix: 'Copy only the paths you need: `COPY --from=build /out/app /app/`.',
        failing: 'FROM golang:1.22 AS build\nRUN go build -o /out/app\nFROM scratch\nCOPY --from=build / /\n',
        passing: 'FROM golang:1.22 AS build\nRUN go build -o /out/app\nFROM scratch\nCOPY --from=build /out/app /app\n'
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(doc.instructions, (i) => {
            if (i.keyword !== 'COPY' || !i.flags.some((f) => f.name === 'from'))
                return undefined;
            const sources = (i.json ?? i.args.map(_add_js__WEBPACK_IMPORTED_MODULE_2__/* .unquote */ ._n)).slice(0, -1);
            return sources.some((s) => s === '/' || s === '/.' || s === '/*')
                ? [
                    (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, i, 'COPY --from copies the whole filesystem of the other stage; copy only what you need.')
                ]
                : undefined;
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 1416:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/** CSG-D49: both wget and curl used in one stage. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D49',
    concern: 'D49',
    title: 'Both wget and curl used',
    severity: 'LOW',
    precision: 'very-high',
    peers: ['DL4001', 'DS-0014', "Run Using 'wget' and 'curl'"],
    tags: ['image-size'],
    docs: {
        why: 'Two download tools do the same job; keeping both doubles the packages to install and patch.',
        fix: 'Pick one (curl or wget) for the whole stage.',
        failing: 'FROM debian:12\nRUN wget -q https://example.com/a\nRUN curl -fsSO https://example.com/b\n',
        passing: 'FROM debian:12\nRUN curl -fsSO https://example.com/a && curl -fsSO https://example.com/b\n',
        differences: [
            'Checked per stage, as Trivy does; the second tool is reported where it is first used.'
        ]
    },
    check(doc) {
        const byStage = new Map();
        for (const run of (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommands */ .aK)(doc)) {
            if (run.name !== 'curl' && run.name !== 'wget')
                continue;
            byStage.set(run.instruction.stage, [
                ...(byStage.get(run.instruction.stage) ?? []),
                run
            ]);
        }
        return [...byStage.values()].flatMap((runs) => {
            const first = runs[0];
            const other = runs.find((r) => r.name !== first?.name);
            return other
                ? [
                    (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, other, `This stage uses both ${first?.name} and ${other.name}; use one download tool.`)
                ]
                : [];
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 7516:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _base_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6342);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8036);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];




/** CSG-D5-IMAGE: a base image is not on the allowed-images list. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D5-IMAGE',
    concern: 'D5',
    title: 'Base image not on the allow-list',
    severity: 'HIGH',
    precision: 'very-high',
    peers: [],
    tags: ['supply-chain'],
    docs: {
        why: 'An organisation that maintains golden base images wants every image built on them, so that patching one base fixes every service. Any other base escapes that process.',
        fix: 'Build on an image matching `policy.allowedBaseImages` (glob patterns such as `ghcr.io/acme/base-*:*` or `alpine:3.*`), or add the image to the list after review. The rule does nothing until that list is set.',
        failing: '# with policy.allowedBaseImages: [ghcr.io/acme/*]\nFROM python:3.12\n',
        passing: '# with policy.allowedBaseImages: [ghcr.io/acme/*]\nFROM ghcr.io/acme/python:3.12\n',
        differences: [
            'No peer has an image allow-list. Patterns are matched against the image as written and in its full form (`docker.io/library/alpine:3.20`), case-insensitively.'
        ]
    },
    check(doc, { policy }) {
        if (policy.allowedBaseImages.length === 0)
            return [];
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(doc.stages, (stage) => {
            const image = (0,_base_js__WEBPACK_IMPORTED_MODULE_2__/* .externalBase */ .d)(stage);
            if (!image || (0,_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .matchesAllowedImage */ .Nn)(image, policy.allowedBaseImages))
                return undefined;
            return [
                (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, stage.from, `FROM ${image.text} matches none of policy.allowedBaseImages (${policy.allowedBaseImages.join(', ')}).`)
            ];
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 3960:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _base_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6342);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8036);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];




/** CSG-D5: a base image comes from a registry not on the trusted list. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D5',
    concern: 'D5',
    title: 'Base image from an untrusted registry',
    severity: 'HIGH',
    precision: 'very-high',
    peers: ['DL3026'],
    tags: ['supply-chain'],
    docs: {
        why: 'A base image is code that runs as part of every container built on it. Images from registries your organisation has not vetted may be typo-squatted, abandoned or malicious.',
        fix: 'Use images from a registry listed in `policy.trustedRegistries` (e.g. `ghcr.io/acme`, `docker.io/library`), or mirror the image into one. The rule does nothing until that list is set.',
        failing: '# with policy.trustedRegistries: [ghcr.io/acme]\nFROM docker.io/someone/base:1.0\n',
        passing: '# with policy.trustedRegistries: [ghcr.io/acme]\nFROM ghcr.io/acme/base:1.0\n',
        differences: [
            'Entries may name a registry (`ghcr.io`) or a registry and path prefix (`docker.io/library`); hadolint DL3026 matches registries only. Images without a registry are `docker.io/library/...` or `docker.io/<user>/...`, as Docker resolves them; `index.docker.io` and `registry-1.docker.io` are `docker.io`.',
            'A tag or digest given by a build argument without a default does not hide the image: its registry and repository are checked all the same.'
        ]
    },
    check(doc, { policy }) {
        if (policy.trustedRegistries.length === 0)
            return [];
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(doc.stages, (stage) => {
            const image = (0,_base_js__WEBPACK_IMPORTED_MODULE_2__/* .externalName */ .N)(stage);
            if (!image || (0,_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .fromTrustedRegistry */ .bi)(image, policy.trustedRegistries))
                return undefined;
            return [
                (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, stage.from, `FROM ${image.text} comes from ${image.registry}/${image.repository}, which is not in policy.trustedRegistries (${policy.trustedRegistries.join(', ')}).`)
            ];
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 7642:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


const POINTLESS = new Set([
    'ssh',
    'vim',
    'vi',
    'nano',
    'shutdown',
    'service',
    'ps',
    'free',
    'top',
    'kill',
    'mount',
    'ifconfig',
    'systemctl'
]);
/** CSG-D50: interactive or pointless commands in RUN. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D50',
    concern: 'D50',
    title: 'Interactive or pointless command in RUN',
    severity: 'LOW',
    precision: 'high',
    peers: ['DL3001', 'Run Utilities And POSIX Commands', 'nonsensical-command'],
    tags: ['correctness'],
    docs: {
        why: 'Editors, process tools and service managers do nothing useful in a build (there is no terminal, no init system, no running services) and often mean the Dockerfile was written as if it were a VM.',
        fix: 'Remove the command; configure files with COPY or sed, and start services in the entrypoint.',
        failing: 'FROM debian:12\nRUN service nginx start\n',
        passing: 'FROM debian:12\nCMD ["nginx", "-g", "daemon off;"]\n'
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommands */ .aK)(doc)
            .filter((run) => POINTLESS.has(run.name))
            .map((run) => (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, run, `RUN calls ${run.name}, which does nothing useful during a build.`));
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 169:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/** CSG-D51: FROM --platform with a constant or redundant value. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D51',
    concern: 'D51',
    title: 'FROM --platform misused',
    severity: 'LOW',
    precision: 'high',
    peers: [
        'DL3029',
        'DL3065',
        'Using Platform Flag',
        'FromPlatformFlagConstDisallowed',
        'RedundantTargetPlatform'
    ],
    tags: ['portability'],
    docs: {
        why: 'A fixed `--platform=linux/amd64` forces one architecture even in multi-platform builds (emulated and slow, or wrong); `--platform=$TARGETPLATFORM` is what FROM does anyway.',
        fix: 'Drop the flag, or use `--platform=$BUILDPLATFORM` for build stages that cross-compile.',
        failing: 'FROM --platform=linux/amd64 alpine:3.20\n',
        passing: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM alpine:3.20\n'
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(doc.stages, (stage) => {
            const platform = stage.platform;
            if (!platform)
                return undefined;
            if (/^\$\{?TARGETPLATFORM\}?$/.test(platform))
                return [
                    (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, stage.from, 'FROM --platform=$TARGETPLATFORM is the default and can be dropped.')
                ];
            if (platform.includes('$'))
                return undefined;
            return [
                (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, stage.from, `FROM --platform=${platform} fixes the platform; use a build argument such as $BUILDPLATFORM.`)
            ];
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 7216:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/** CSG-D52: useradd with a high UID and without -l. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D52',
    concern: 'D52',
    title: 'useradd with a high UID and without -l',
    severity: 'LOW',
    precision: 'very-high',
    peers: ['DL3046'],
    tags: ['image-size'],
    docs: {
        why: 'useradd writes a lastlog entry sized by the UID: a high UID without `-l`/`--no-log-init` creates a sparse file of gigabytes that tools and layers may store in full.',
        fix: 'Add `--no-log-init` (or `-l`): `useradd --no-log-init -r -u 100001 app`.',
        failing: 'FROM debian:12\nRUN useradd -u 123456 app\n',
        passing: 'FROM debian:12\nRUN useradd --no-log-init -u 123456 app\n'
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommands */ .aK)(doc), (run) => {
            if (run.name !== 'useradd')
                return undefined;
            const args = run.argv.slice(1);
            if (args.some((a) => a === '-l' ||
                a === '--no-log-init' ||
                /^-[a-zA-Z]*l[a-zA-Z]*$/.test(a)))
                return undefined;
            const at = args.findIndex((a) => a === '-u' || a === '--uid');
            const uid = at >= 0
                ? args[at + 1]
                : args.find((a) => a.startsWith('--uid='))?.slice(6);
            if (!uid || !/^\d+$/.test(uid) || Number(uid) <= 65535)
                return undefined;
            return [
                (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, run, `useradd with UID ${uid} and no --no-log-init creates a huge lastlog file.`)
            ];
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 1367:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _vars_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6017);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



/** CSG-D53: a label the policy requires is missing from the final stage. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D53',
    concern: 'D53',
    title: 'Required label missing',
    severity: 'LOW',
    precision: 'very-high',
    peers: [
        'DL3048',
        'DL3049',
        'DL3050',
        'DL3051',
        'DL3052',
        'DL3053',
        'DL3054',
        'DL3055',
        'DL3056',
        'DL3058'
    ],
    tags: ['metadata'],
    docs: {
        why: 'Labels such as `org.opencontainers.image.source` and `.revision` let scanners, registries and incident responders trace an image back to its code and owner.',
        fix: 'Add each label listed in `policy.requiredLabels` to the final stage: `LABEL org.opencontainers.image.source="https://github.com/acme/api"`. The rule does nothing until that list is set.',
        failing: '# with policy.requiredLabels: [org.opencontainers.image.source]\nFROM alpine:3.20\n',
        passing: '# with policy.requiredLabels: [org.opencontainers.image.source]\nFROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/acme/api"\n',
        differences: [
            'Labels set in earlier stages the final stage builds on count; labels of the base image cannot be seen.'
        ]
    },
    check(doc, { policy }) {
        const stage = (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .finalStage */ .BD)(doc);
        if (!stage || policy.requiredLabels.length === 0)
            return [];
        const set = new Set((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .stageLineage */ .uL)(doc, stage).flatMap((s) => s.instructions
            .filter((i) => i.keyword === 'LABEL')
            .flatMap((i) => (0,_vars_js__WEBPACK_IMPORTED_MODULE_2__/* .pairsOf */ .f)(i).map((p) => p.name.replace(/^["']|["']$/g, '')))));
        const missing = policy.requiredLabels.filter((label) => !set.has(label));
        return missing.map((label) => (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, stage.from, `The final stage does not set the required label ${label}.`, label));
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 1686:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


const RUNTIME_INSTALL = /\b(apt-get|apt|apk|yum|dnf|microdnf|zypper)\s+(-\S+\s+)*(install|add|update|upgrade)\b|\bpip3?\s+install\b|\bnpm\s+(install|i)\b/;
/** CSG-D54: the container installs packages when it starts. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D54',
    concern: 'D54',
    title: 'Packages installed at container start',
    severity: 'LOW',
    precision: 'medium',
    peers: [],
    tags: ['read-only-root'],
    docs: {
        why: 'An entrypoint or command that installs packages needs a writable root filesystem and network access at run time, cannot run with `read_only: true`, and runs unreviewed code each time the container starts.',
        fix: 'Install everything at build time; keep the entrypoint to starting the application, and write only to declared volumes or tmpfs.',
        failing: 'FROM debian:12-slim\nCMD apt-get update && apt-get install -y curl && ./app\n',
        passing: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nCMD ["./app"]\n',
        differences: [
            'No peer checks this. It is a heuristic on CMD and ENTRYPOINT text; scripts they call are not read.'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(doc.instructions, (i) => {
            if (i.keyword !== 'CMD' && i.keyword !== 'ENTRYPOINT')
                return undefined;
            const text = (i.json ?? i.args).join(' ');
            return RUNTIME_INSTALL.test(text)
                ? [
                    (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, i, `${i.keyword} installs packages when the container starts, which needs a writable root filesystem.`)
                ]
                : undefined;
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 5781:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _add_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7704);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



const WHOLE_CONTEXT = new Set(['.', './', '*', './*']);
/** CSG-D55: the whole build context is copied without a .dockerignore. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D55',
    concern: 'D55',
    title: 'Whole build context copied without .dockerignore',
    severity: 'MEDIUM',
    precision: 'medium',
    peers: [],
    tags: ['secrets'],
    docs: {
        why: '`COPY . .` without a .dockerignore copies everything in the context into the image: .git history, .env files, local credentials, build output.',
        fix: 'Add a .dockerignore beside the Dockerfile (at least `.git`, `.env*`, `**/*.pem`, `node_modules`), or copy only the paths you need.',
        failing: '# with no .dockerignore beside the Dockerfile\nFROM node:22-slim\nCOPY . .\n',
        passing: 'FROM node:22-slim\nCOPY package.json package-lock.json ./\nCOPY src/ ./src/\n',
        differences: [
            'No peer checks this. The .dockerignore is looked for beside the Dockerfile and as `<Dockerfile>.dockerignore`; a build context elsewhere cannot be known.'
        ]
    },
    check(doc) {
        if (doc.dockerignore !== false)
            return [];
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(doc.instructions, (i) => {
            if ((i.keyword !== 'COPY' && i.keyword !== 'ADD') ||
                i.flags.some((f) => f.name === 'from'))
                return undefined;
            const whole = (0,_add_js__WEBPACK_IMPORTED_MODULE_2__/* .sourcesOf */ .u0)(i).some((s) => WHOLE_CONTEXT.has(s));
            return whole
                ? [
                    (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, i, `${i.keyword} copies the whole build context and there is no .dockerignore.`)
                ]
                : undefined;
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 9692:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


// An octal mode with the 4000 (setuid) or 2000 (setgid) bit, or a symbolic
// mode one of whose comma-separated clauses adds `s` with `+` or `=`
// (`u+s`, `+s`, `u+x,g+s`, `u=rwxs`); `o+s` alone sets nothing.
function setsSetid(mode) {
    if (/^[0-7]+$/.test(mode))
        return /^0?[2-7][0-7]{3}$/.test(mode);
    return mode.split(',').some((clause) => {
        const parts = /^([ugoa]*)((?:[-+=][rwxXstugo]*)+)$/.exec(clause);
        if (!parts || /^o+$/.test(parts[1] ?? ''))
            return false;
        return /[+=][^-+=]*s/.test(parts[2] ?? '');
    });
}
/** CSG-D56: setuid or setgid bits set in the image. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D56',
    concern: 'D56',
    title: 'setuid or setgid bit set',
    severity: 'MEDIUM',
    precision: 'high',
    peers: [],
    tags: ['CWE-250'],
    docs: {
        why: "A setuid or setgid program runs with its owner's rights whoever starts it: one flaw in it turns an unprivileged process into root.",
        fix: 'Do not add setuid/setgid bits; grant the one capability needed with `setcap`, and consider stripping existing bits (`find / -perm /6000 -type f -exec chmod a-s {} +`).',
        failing: 'FROM debian:12\nRUN chmod u+s /usr/local/bin/tool\n',
        passing: 'FROM debian:12\nRUN chmod 0755 /usr/local/bin/tool\n',
        differences: [
            'No peer checks this. Only chmod in RUN is seen; files that arrive with the bits set (from the base image or COPY) are not.'
        ]
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommands */ .aK)(doc), (run) => {
            if (run.name !== 'chmod')
                return undefined;
            const mode = run.argv
                .slice(1)
                .find((a) => !a.startsWith('-') || /^-[ugoa]*\+/.test(a));
            return mode && setsSetid(mode)
                ? [(0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, run, `chmod ${mode} sets a setuid or setgid bit.`)]
                : undefined;
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 5155:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/** CSG-D57: a RUN script that is not valid shell. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D57',
    concern: 'D57',
    title: 'RUN script is not valid shell',
    severity: 'LOW',
    precision: 'medium',
    peers: ['SC1000', 'SC1009', 'SC1073'],
    tags: ['correctness'],
    docs: {
        why: 'A RUN whose script does not parse (an unclosed quote, a stray `&&`) fails the build or, worse, runs something else than intended.',
        fix: 'Fix the quoting or operators; run ShellCheck on longer scripts, or move them into a script file you COPY and lint.',
        failing: "FROM debian:12\nRUN echo 'unterminated && make\n",
        passing: "FROM debian:12\nRUN echo 'done' && make\n",
        differences: [
            "This is the parse-error part of ShellCheck only (via tree-sitter-bash); ShellCheck's style and semantic warnings are not reproduced. RUNs with a non-POSIX SHELL (PowerShell, cmd) are skipped."
        ]
    },
    check(doc) {
        const nonPosix = new Set(doc.stages
            .filter((s) => s.instructions.some((i) => i.keyword === 'SHELL' &&
            /pwsh|powershell|cmd/i.test((i.json ?? [])[0] ?? '')))
            .map((s) => s.index));
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .runInstructions */ .Xs)(doc), (run) => {
            const shell = run.script()?.shell;
            if (!shell?.error || shell.tooLarge || nonPosix.has(run.stage))
                return undefined;
            return [(0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, run, 'The RUN script does not parse as shell.')];
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 5746:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _add_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7704);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];



const ONBUILD_FORBIDDEN = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);
// One instruction's parse-level problems, in words.
function problems(doc, i) {
    const found = [];
    const line = (doc.lines[i.line - 1] ?? '').trim();
    // The first word; cheaper than splitting the whole line.
    const space = line.search(/\s/);
    const raw = space < 0 ? line : line.slice(0, space);
    if (raw !== raw.toUpperCase() && raw !== raw.toLowerCase())
        found.push(`${raw} mixes upper and lower case; write ${i.keyword}.`);
    if (i.stage < 0 && i.keyword !== 'ARG')
        found.push(`${i.keyword} comes before the first FROM.`);
    for (let n = i.line + 1; n <= i.endLine; n++) {
        if ((doc.lines[n - 1] ?? '').trim() === '') {
            found.push(`${i.keyword} has an empty continuation line at line ${n}.`);
            break;
        }
    }
    if (i.trigger && ONBUILD_FORBIDDEN.has(i.trigger.keyword))
        found.push(`ONBUILD cannot trigger ${i.trigger.keyword}.`);
    const self = i.keyword === 'ENV' ? selfReference(i, doc.escape) : undefined;
    if (self)
        found.push(`ENV ${self} refers to a variable set in the same ENV, which still has its old value there.`);
    return found;
}
// The first name an ENV sets from a variable it set itself, earlier on the
// same line.
function selfReference(i, escape) {
    // The legacy form `ENV NAME value words` sets one variable.
    if (!(i.args[0] ?? '').includes('=') && i.args.length > 1)
        return undefined;
    const names = [];
    for (const arg of i.args) {
        const eq = arg.indexOf('=');
        if (eq < 0)
            continue;
        const value = arg.slice(eq + 1);
        if (value.includes('$')) {
            const expanded = expandedParts(value, escape);
            if (names.some((n) => new RegExp(`\\$\\{?${n}\\b`).test(expanded)))
                return arg.slice(0, eq);
        }
        names.push(arg.slice(0, eq));
    }
    return undefined;
}
// A value as written, without the parts Docker leaves unexpanded: escaped
// characters (`\$A`) and single-quoted text outside double quotes (`'$A'`).
// Known limitation: dockerfile-ast already turns `\\` into `\`, so `\\$A` (a
// backslash, then A expanded) reads as the escaped `\$A` and is not reported.
function expandedParts(value, escape) {
    let out = '';
    let inDouble = false;
    for (let k = 0; k < value.length; k++) {
        const c = value[k];
        if (c === escape)
            k++;
        else if (c === "'" && !inDouble) {
            const close = value.indexOf("'", k + 1);
            k = close < 0 ? value.length : close;
        }
        else {
            if (c === '"')
                inDouble = !inDouble;
            out += c;
        }
    }
    return out;
}
// COPY to a relative path before any WORKDIR (DL3045).
function relativeCopy(doc, i) {
    if (i.keyword !== 'COPY' || i.stage < 0)
        return undefined;
    const args = i.json ?? i.args.map(_add_js__WEBPACK_IMPORTED_MODULE_1__/* .unquote */ ._n);
    const dest = args[args.length - 1] ?? '';
    if (args.length < 2 ||
        dest.startsWith('/') ||
        dest.startsWith('$') ||
        /^[a-zA-Z]:/.test(dest))
        return undefined;
    const stage = doc.stages[i.stage];
    const chain = stage ? (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .stageLineage */ .uL)(doc, stage) : [];
    const workdir = chain.some((s) => s.instructions.some((w) => w.keyword === 'WORKDIR' && (s !== stage || w.line < i.line)));
    return workdir
        ? undefined
        : `COPY to the relative path ${dest} before any WORKDIR depends on the base image's working directory.`;
}
/** CSG-D58: parse-level problems Docker accepts but should not. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .K)({
    id: 'CSG-D58',
    concern: 'D58',
    title: 'Dockerfile parse-level problem',
    severity: 'LOW',
    precision: 'high',
    peers: [
        'DL3043',
        'DL3044',
        'DL3045',
        'DL3061',
        'ConsistentInstructionCasing',
        'NoEmptyContinuation'
    ],
    tags: ['correctness'],
    docs: {
        why: 'Mixed-case keywords, empty continuation lines, instructions before FROM, ENV lines that read their own new values, forbidden ONBUILD triggers and relative COPY destinations without WORKDIR are accepted or half-accepted by Docker but do not do what they seem to.',
        fix: 'Write keywords in one case, remove blank lines inside continuations, start with FROM (only ARG may come first), split self-referring ENV lines, and set WORKDIR before copying to relative paths.',
        failing: 'FROM alpine:3.20\nENV A=1 B=$A\n',
        passing: 'FROM alpine:3.20\nENV A=1\nENV B=$A\n',
        differences: [
            'One rule covers these parse-level checks; each hit says which one.'
        ]
    },
    check(doc) {
        const hits = [];
        for (const i of doc.instructions) {
            const all = [...problems(doc, i)];
            const copy = relativeCopy(doc, i);
            if (copy)
                all.push(copy);
            for (const message of all)
                hits.push((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, i, message, message.slice(0, 40)));
        }
        return hits;
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 3633:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


/** CSG-D59: consecutive RUN instructions that could be one (off by default). */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D59',
    concern: 'D59',
    title: 'Consecutive RUN instructions',
    severity: 'LOW',
    precision: 'medium',
    peers: ['DL3059', 'multiple_run_add_copy_instructions_listed'],
    tags: ['image-size'],
    offByDefault: true,
    docs: {
        why: 'Each RUN makes a layer; files created in one and deleted in the next still cost space. Merging related steps keeps images smaller, at some cost in cache reuse, so this rule is off by default.',
        fix: 'Join related steps with `&&` in one RUN.',
        failing: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n',
        passing: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n'
    },
    check(doc) {
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(doc.stages, (stage) => (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(stage.instructions, (i, k) => {
            const previous = stage.instructions[k - 1];
            if (i.keyword !== 'RUN' || previous?.keyword !== 'RUN')
                return undefined;
            const sameFlags = JSON.stringify(i.flags) === JSON.stringify(previous.flags);
            return sameFlags
                ? [
                    (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, i, 'This RUN follows another RUN and could be merged with it.')
                ]
                : undefined;
        }));
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 4993:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


const MINIMAL = [
    /distroless/,
    /alpine/,
    /slim/,
    /^scratch$/,
    /chainguard/,
    /^cgr\.dev\//,
    /wolfi/,
    /ubi\d*-(minimal|micro)/,
    /busybox/,
    // Ubuntu without shell or package manager (Microsoft's .NET images,
    // Canonical's chiselled ones).
    /chisell?ed/,
    /static/,
    /-minimal\b/,
    /\bmicro\b/
];
/** CSG-D6: the final stage is built on a full distribution image. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
    id: 'CSG-D6',
    concern: 'D6',
    title: 'Final stage does not use a minimal base image',
    severity: 'LOW',
    precision: 'medium',
    peers: [],
    tags: ['attack-surface'],
    docs: {
        why: 'Every package in the final image is attack surface and a source of vulnerability findings: full distributions ship shells, package managers and hundreds of libraries the application never uses.',
        fix: 'Build in a full image and copy the result into a minimal one: distroless, `-slim`, Alpine, Chainguard/Wolfi, UBI minimal/micro, chiseled Ubuntu, or `scratch` for static binaries.',
        failing: 'FROM golang:1.22\nCOPY . .\nRUN go build -o /app\n',
        passing: 'FROM golang:1.22 AS build\nRUN go build -o /app\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app\n',
        differences: [
            'No peer checks this; the list of minimal images is a name heuristic (distroless, slim, alpine, scratch, chainguard, wolfi, ubi-minimal/micro, busybox, static, chiseled Ubuntu).'
        ]
    },
    check(doc) {
        const stage = (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .finalStage */ .BD)(doc);
        if (!stage)
            return [];
        const root = (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .stageLineage */ .uL)(doc, stage).pop() ?? stage;
        const name = `${root.image.registry}/${root.image.repository}:${root.image.tag ?? ''}`.toLowerCase();
        if (root.image.text === '' || root.image.text.includes('$'))
            return [];
        if (MINIMAL.some((re) => re.test(name) || re.test(root.image.text.toLowerCase())))
            return [];
        return [
            (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, root.from, `The final image is built on ${root.image.text}, a full distribution; use a minimal base (distroless, -slim, alpine, scratch).`)
        ];
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 2930:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _pkg_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(861);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _pkg_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);



// Packages that build software and have no business at run time.
const BUILD_TOOLS = /^(build-essential|build-base|gcc|g\+\+|gcc-c\+\+|clang|make|cmake|autoconf|automake|libtool|golang|golang-go|go|rust|rustc|cargo|maven|gradle|ant|nodejs-dev|python3?-dev|musl-dev|linux-headers|openjdk-\d+-jdk|java-[\d.]+-openjdk-devel|.*-devel|.*-dev)(=.*)?$/;
const INSTALL = new Set(['install', 'add', 'in']);
const REMOVE = new Set(['del', 'remove', 'purge', 'erase', 'rm']);
// Packages removed after command `index` of one RUN: installed and removed
// in the same RUN, they never reach a layer.
function removedLater(runs, index) {
    const removed = new Set();
    for (let i = index + 1; i < runs.length; i++) {
        const cmd = (0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .pkgCommand */ .g2)(runs[i]);
        if (!cmd || !REMOVE.has(cmd.sub))
            continue;
        for (const name of (0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .packageNames */ .Vs)(cmd))
            removed.add(name.replace(/=.*/, ''));
    }
    return removed;
}
// The name of apk's virtual package (`apk add --virtual .build-deps gcc`).
function virtualName(cmd) {
    if (cmd.manager !== 'apk')
        return undefined;
    for (let i = 0; i < cmd.options.length; i++) {
        const opt = cmd.options[i] ?? '';
        if (opt === '--virtual' || opt === '-t')
            return cmd.options[i + 1];
        if (opt.startsWith('--virtual='))
            return opt.slice('--virtual='.length);
    }
    return undefined;
}
/** CSG-D7: the final stage installs compilers or build tools. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .K)({
    id: 'CSG-D7',
    concern: 'D7',
    title: 'Build tools installed in the final stage',
    severity: 'MEDIUM',
    precision: 'medium',
    peers: [],
    tags: ['attack-surface'],
    docs: {
        why: 'Compilers, headers and build tools in the shipped image give an intruder the means to build exploits in place, and add hundreds of packages to patch. A multi-stage build leaves them behind.',
        fix: 'Install build tools in a build stage (`FROM golang:1.22 AS build`) and COPY only the result into the final stage.',
        failing: 'FROM debian:12-slim\nRUN apt-get install -y --no-install-recommends gcc make\n',
        passing: 'FROM debian:12 AS build\nRUN apt-get install -y --no-install-recommends gcc make\nFROM debian:12-slim\nCOPY --from=build /out /app\n',
        differences: [
            'No peer checks this (hadolint DL3067 is related only). Only the final stage itself is checked, not the stages it builds on.',
            'Build tools removed again later in the same RUN (`apk add --virtual .build-deps gcc && ... && apk del .build-deps`, `apt-get purge gcc`) never reach a layer and are not reported.'
        ]
    },
    check(doc) {
        const final = (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .finalStage */ .BD)(doc);
        if (!final)
            return [];
        return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .commandsByRun */ .fO)(doc), (runs) => {
            const first = runs[0]?.instruction;
            if (first?.stage !== final.index || first.keyword !== 'RUN')
                return undefined;
            return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitsOf */ .eb)(runs, (run, index) => {
                const cmd = (0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .pkgCommand */ .g2)(run);
                if (!cmd ||
                    !INSTALL.has(cmd.sub) ||
                    cmd.manager === 'pip' ||
                    cmd.manager === 'npm')
                    return undefined;
                const tools = (0,_pkg_js__WEBPACK_IMPORTED_MODULE_1__/* .packageNames */ .Vs)(cmd).filter((p) => BUILD_TOOLS.test(p));
                if (tools.length === 0)
                    return undefined;
                const removed = removedLater(runs, index);
                const virtual = virtualName(cmd);
                if (virtual !== undefined && removed.has(virtual))
                    return undefined;
                const kept = tools.filter((t) => !removed.has(t.replace(/=.*/, '')));
                if (kept.length === 0)
                    return undefined;
                return (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAtCommand */ .aw)(doc, run, `The final stage installs build tools (${kept.join(', ')}); build in an earlier stage and copy the result.`);
            });
        });
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 9235:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


const RESERVED = new Set(['scratch', 'context']);
// What is wrong with a `--from` value, if anything.
function fromProblem(doc, copy, from) {
    const value = from.toLowerCase();
    if (/^\d+$/.test(value)) {
        return Number(value) >= copy.stage
            ? `COPY --from=${from} names this or a later stage; only earlier stages can be copied from.`
            : undefined;
    }
    if (value.includes('$'))
        return undefined;
    const index = doc.stages.findIndex((s) => s.name === value);
    if (index === copy.stage)
        return `COPY --from=${from} names the stage it is in.`;
    if (index > copy.stage)
        return `COPY --from=${from} names a later stage.`;
    // Not a stage: Docker pulls it as an image. A bare word is most likely a typo.
    if (index < 0 && !/[:/@.]/.test(value))
        return `COPY --from=${from} names no stage; Docker will try to pull an image called "${from}".`;
    return undefined;
}
/** CSG-D8: stage aliases used wrongly (unknown, self, duplicate, reserved). */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_1__/* .defineRule */ .K)({
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
        failing: 'FROM golang:1.22 AS build\nCOPY --from=build /src /src\nFROM alpine:3.20 AS build\n',
        passing: 'FROM golang:1.22 AS build\nRUN go build -o /app\nFROM alpine:3.20\nCOPY --from=build /app /app\n',
        differences: [
            "A `--from` value that is a single word and names no stage is flagged (Docker would pull it as an image); values that look like image references (with `:`, `/`, `@` or `.`) are left alone. Trivy's own tests expect one such file to pass.",
            'Duplicate aliases are always flagged; one Trivy test case expects a file with a duplicate alias to pass while another expects the identical file to fail.'
        ]
    },
    check(doc) {
        const hits = [];
        const seen = new Set();
        for (const stage of doc.stages) {
            if (!stage.name)
                continue;
            if (RESERVED.has(stage.name))
                hits.push((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, stage.from, `The stage alias "${stage.name}" is reserved.`, 'reserved'));
            else if (seen.has(stage.name))
                hits.push((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, stage.from, `The stage alias "${stage.name}" is used twice.`, 'duplicate'));
            seen.add(stage.name);
        }
        for (const copy of doc.instructions) {
            if (copy.keyword !== 'COPY' && copy.keyword !== 'ADD')
                continue;
            const from = copy.flags.find((f) => f.name === 'from')?.value;
            const problem = from ? fromProblem(doc, copy, from) : undefined;
            if (problem)
                hits.push((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, copy, problem));
        }
        return hits.sort((a, b) => a.region.startLine - b.region.startLine);
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 7948:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ rule)
/* harmony export */ });
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(611);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
/* harmony import */ var _user_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1232);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _user_js__WEBPACK_IMPORTED_MODULE_1__]);
([_helpers_js__WEBPACK_IMPORTED_MODULE_0__, _user_js__WEBPACK_IMPORTED_MODULE_1__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);



/** CSG-D9: the final stage never sets a USER, so it runs as root. */
const rule = (0,_define_js__WEBPACK_IMPORTED_MODULE_2__/* .defineRule */ .K)({
    id: 'CSG-D9',
    concern: 'D9',
    title: 'Final stage sets no USER (runs as root)',
    severity: 'HIGH',
    precision: 'high',
    peers: ['DS-0002', 'CKV_DOCKER_3'],
    tags: ['CWE-250'],
    docs: {
        why: 'Without a USER instruction the container runs as root. A process that is broken into then has root inside the container, which makes escaping to the host through a kernel or runtime flaw far easier.',
        fix: 'Create an unprivileged user and switch to it in the final stage: `RUN adduser -D -u 10001 app` then `USER 10001`.',
        failing: 'FROM alpine:3.20\nCMD ["./app"]\n',
        passing: 'FROM alpine:3.20\nUSER 10001\nCMD ["./app"]\n',
        differences: [
            'Only the final stage counts (including the earlier stages it is built on): build stages may run as root since they do not ship. Checkov looks for a USER anywhere in the file.',
            'A base image that already sets a non-root user (distroless `:nonroot`) is not known to this rule; say so with `# csg-ignore=CSG-D9 reason: ...`.'
        ]
    },
    check(doc) {
        const stage = (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .finalStage */ .BD)(doc);
        if (!stage || (0,_user_js__WEBPACK_IMPORTED_MODULE_1__/* .lastUser */ .E)(doc, stage))
            return [];
        return [
            (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .hitAt */ .rI)(doc, stage.from, 'The final stage sets no USER, so the container runs as root.')
        ];
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 7704:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vx: () => (/* binding */ isRemote),
/* harmony export */   _n: () => (/* binding */ unquote),
/* harmony export */   jg: () => (/* binding */ remoteSources),
/* harmony export */   u0: () => (/* binding */ sourcesOf)
/* harmony export */ });
const REMOTE = /^(https?|ftp):\/\/|^git@|^git:\/\/|^ssh:\/\//i;
/** True when an ADD source is a URL or a git repository. */
function isRemote(source) {
    return REMOTE.test(source);
}
/** A path without the quotes Dockerfiles allow around it. */
function unquote(word) {
    // Most words are not quoted; skip the regular expression for them.
    const first = word[0];
    if (first !== '"' && first !== "'")
        return word;
    return word.replace(/^(["'])(.*)\1$/, '$2');
}
/** The sources of an ADD or COPY (every argument but the last). */
function sourcesOf(instruction) {
    const args = instruction.json ?? instruction.args.map(unquote);
    return args.slice(0, -1);
}
/** The remote sources of an ADD (also its ONBUILD form). */
function remoteSources(instruction) {
    const add = instruction.trigger ?? instruction;
    if (add.keyword !== 'ADD')
        return [];
    return sourcesOf(add).filter(isRemote);
}


/***/ }),

/***/ 8508:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ aptInstalls)
/* harmony export */ });
/* harmony import */ var _pkg_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(861);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_pkg_js__WEBPACK_IMPORTED_MODULE_0__]);
_pkg_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];

/** Every `apt-get install` / `apt install` of the file. */
function aptInstalls(doc) {
    return (0,_pkg_js__WEBPACK_IMPORTED_MODULE_0__/* .docPkgCommands */ .Fr)(doc).filter((c) => (c.manager === 'apt-get' || c.manager === 'apt') && c.sub === 'install');
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 6342:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ externalName),
/* harmony export */   d: () => (/* binding */ externalBase)
/* harmony export */ });
/* harmony import */ var _image_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1006);
/** Which base image a stage pulls from a registry, if any. */

/**
 * The stage's base image when it comes from a registry: not `scratch`, not
 * an earlier stage, and not left empty by an unset build argument.
 */
function externalBase(stage) {
    const image = stage.image;
    if (stage.baseStage !== undefined)
        return undefined;
    if (image.text === '' || image.text.toLowerCase() === 'scratch') {
        return undefined;
    }
    // `foo:${TAG}` with TAG unset: the tag is chosen at build time.
    if (image.tag === '' || image.digest === '')
        return undefined;
    return image;
}
/**
 * Like `externalBase`, but also when an unset build argument leaves only
 * the tag or digest unknown: the registry and repository are still known
 * when they are written without variables (`quay.io/x/y:${VERSION}`).
 */
function externalName(stage) {
    const image = stage.image;
    if (stage.baseStage !== undefined)
        return undefined;
    if (image.text === '' || image.text.toLowerCase() === 'scratch') {
        return undefined;
    }
    const unresolved = stage.undefinedArgs.length > 0 || image.tag === '' || image.digest === '';
    if (!unresolved)
        return image;
    const written = (0,_image_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageRef */ .Q)(stage.rawImage);
    const name = `${written.registry}/${written.repository}`;
    return name.includes('$') ? undefined : image;
}


/***/ }),

/***/ 2187:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ parsePort)
/* harmony export */ });
/** Ports in EXPOSE instructions. */
/** Parses an EXPOSE argument; variables are taken as valid and unknown. */
function parsePort(text) {
    if (text.includes('$'))
        return { text, valid: true };
    const match = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(text);
    if (!match)
        return { text, valid: false };
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    const valid = from >= 0 && to <= 65535 && from <= to;
    return { text, from, to, valid };
}


/***/ }),

/***/ 3835:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ dockerfileRules)
/* harmony export */ });
/* harmony import */ var _D0_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6363);
/* harmony import */ var _D1_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4340);
/* harmony import */ var _D2_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2749);
/* harmony import */ var _D3_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6734);
/* harmony import */ var _D4_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7119);
/* harmony import */ var _D5_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3960);
/* harmony import */ var _D5_IMAGE_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7516);
/* harmony import */ var _D6_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4993);
/* harmony import */ var _D7_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2930);
/* harmony import */ var _D8_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9235);
/* harmony import */ var _D9_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7948);
/* harmony import */ var _D10_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7374);
/* harmony import */ var _D11_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7549);
/* harmony import */ var _D12_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2964);
/* harmony import */ var _D13_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(8587);
/* harmony import */ var _D14_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(5154);
/* harmony import */ var _D15_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(3041);
/* harmony import */ var _D16_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(6696);
/* harmony import */ var _D17_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(1055);
/* harmony import */ var _D18_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(4390);
/* harmony import */ var _D19_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(6309);
/* harmony import */ var _D20_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(3281);
/* harmony import */ var _D21_js__WEBPACK_IMPORTED_MODULE_22__ = __webpack_require__(5650);
/* harmony import */ var _D22_js__WEBPACK_IMPORTED_MODULE_23__ = __webpack_require__(2447);
/* harmony import */ var _D23_js__WEBPACK_IMPORTED_MODULE_24__ = __webpack_require__(360);
/* harmony import */ var _D24_js__WEBPACK_IMPORTED_MODULE_25__ = __webpack_require__(6413);
/* harmony import */ var _D25_js__WEBPACK_IMPORTED_MODULE_26__ = __webpack_require__(142);
/* harmony import */ var _D26_js__WEBPACK_IMPORTED_MODULE_27__ = __webpack_require__(6155);
/* harmony import */ var _D27_js__WEBPACK_IMPORTED_MODULE_28__ = __webpack_require__(8212);
/* harmony import */ var _D28_js__WEBPACK_IMPORTED_MODULE_29__ = __webpack_require__(4265);
/* harmony import */ var _D29_js__WEBPACK_IMPORTED_MODULE_30__ = __webpack_require__(1482);
/* harmony import */ var _D30_js__WEBPACK_IMPORTED_MODULE_31__ = __webpack_require__(7628);
/* harmony import */ var _D30_UPGRADE_js__WEBPACK_IMPORTED_MODULE_32__ = __webpack_require__(1641);
/* harmony import */ var _D31_js__WEBPACK_IMPORTED_MODULE_33__ = __webpack_require__(5619);
/* harmony import */ var _D32_js__WEBPACK_IMPORTED_MODULE_34__ = __webpack_require__(3862);
/* harmony import */ var _D33_CLEAN_js__WEBPACK_IMPORTED_MODULE_35__ = __webpack_require__(2625);
/* harmony import */ var _D33_PIN_js__WEBPACK_IMPORTED_MODULE_36__ = __webpack_require__(3491);
/* harmony import */ var _D33_Y_js__WEBPACK_IMPORTED_MODULE_37__ = __webpack_require__(2267);
/* harmony import */ var _D34_CACHE_js__WEBPACK_IMPORTED_MODULE_38__ = __webpack_require__(9327);
/* harmony import */ var _D34_PIN_js__WEBPACK_IMPORTED_MODULE_39__ = __webpack_require__(4354);
/* harmony import */ var _D35_js__WEBPACK_IMPORTED_MODULE_40__ = __webpack_require__(5127);
/* harmony import */ var _D35_CACHE_js__WEBPACK_IMPORTED_MODULE_41__ = __webpack_require__(9608);
/* harmony import */ var _D36_js__WEBPACK_IMPORTED_MODULE_42__ = __webpack_require__(8106);
/* harmony import */ var _D37_js__WEBPACK_IMPORTED_MODULE_43__ = __webpack_require__(8617);
/* harmony import */ var _D38_js__WEBPACK_IMPORTED_MODULE_44__ = __webpack_require__(7076);
/* harmony import */ var _D39_js__WEBPACK_IMPORTED_MODULE_45__ = __webpack_require__(2747);
/* harmony import */ var _D40_js__WEBPACK_IMPORTED_MODULE_46__ = __webpack_require__(8679);
/* harmony import */ var _D41_js__WEBPACK_IMPORTED_MODULE_47__ = __webpack_require__(1024);
/* harmony import */ var _D42_js__WEBPACK_IMPORTED_MODULE_48__ = __webpack_require__(5321);
/* harmony import */ var _D43_js__WEBPACK_IMPORTED_MODULE_49__ = __webpack_require__(5066);
/* harmony import */ var _D44_js__WEBPACK_IMPORTED_MODULE_50__ = __webpack_require__(2579);
/* harmony import */ var _D45_js__WEBPACK_IMPORTED_MODULE_51__ = __webpack_require__(3708);
/* harmony import */ var _D46_js__WEBPACK_IMPORTED_MODULE_52__ = __webpack_require__(1173);
/* harmony import */ var _D47_js__WEBPACK_IMPORTED_MODULE_53__ = __webpack_require__(9110);
/* harmony import */ var _D48_js__WEBPACK_IMPORTED_MODULE_54__ = __webpack_require__(2735);
/* harmony import */ var _D49_js__WEBPACK_IMPORTED_MODULE_55__ = __webpack_require__(1416);
/* harmony import */ var _D50_js__WEBPACK_IMPORTED_MODULE_56__ = __webpack_require__(7642);
/* harmony import */ var _D51_js__WEBPACK_IMPORTED_MODULE_57__ = __webpack_require__(169);
/* harmony import */ var _D52_js__WEBPACK_IMPORTED_MODULE_58__ = __webpack_require__(7216);
/* harmony import */ var _D53_js__WEBPACK_IMPORTED_MODULE_59__ = __webpack_require__(1367);
/* harmony import */ var _D54_js__WEBPACK_IMPORTED_MODULE_60__ = __webpack_require__(1686);
/* harmony import */ var _D55_js__WEBPACK_IMPORTED_MODULE_61__ = __webpack_require__(5781);
/* harmony import */ var _D56_js__WEBPACK_IMPORTED_MODULE_62__ = __webpack_require__(9692);
/* harmony import */ var _D57_js__WEBPACK_IMPORTED_MODULE_63__ = __webpack_require__(5155);
/* harmony import */ var _D58_js__WEBPACK_IMPORTED_MODULE_64__ = __webpack_require__(5746);
/* harmony import */ var _D59_js__WEBPACK_IMPORTED_MODULE_65__ = __webpack_require__(3633);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_D1_js__WEBPACK_IMPORTED_MODULE_1__, _D2_js__WEBPACK_IMPORTED_MODULE_2__, _D3_js__WEBPACK_IMPORTED_MODULE_3__, _D4_js__WEBPACK_IMPORTED_MODULE_4__, _D5_js__WEBPACK_IMPORTED_MODULE_5__, _D5_IMAGE_js__WEBPACK_IMPORTED_MODULE_6__, _D6_js__WEBPACK_IMPORTED_MODULE_7__, _D7_js__WEBPACK_IMPORTED_MODULE_8__, _D8_js__WEBPACK_IMPORTED_MODULE_9__, _D9_js__WEBPACK_IMPORTED_MODULE_10__, _D10_js__WEBPACK_IMPORTED_MODULE_11__, _D11_js__WEBPACK_IMPORTED_MODULE_12__, _D12_js__WEBPACK_IMPORTED_MODULE_13__, _D13_js__WEBPACK_IMPORTED_MODULE_14__, _D14_js__WEBPACK_IMPORTED_MODULE_15__, _D15_js__WEBPACK_IMPORTED_MODULE_16__, _D16_js__WEBPACK_IMPORTED_MODULE_17__, _D17_js__WEBPACK_IMPORTED_MODULE_18__, _D18_js__WEBPACK_IMPORTED_MODULE_19__, _D19_js__WEBPACK_IMPORTED_MODULE_20__, _D20_js__WEBPACK_IMPORTED_MODULE_21__, _D21_js__WEBPACK_IMPORTED_MODULE_22__, _D22_js__WEBPACK_IMPORTED_MODULE_23__, _D23_js__WEBPACK_IMPORTED_MODULE_24__, _D24_js__WEBPACK_IMPORTED_MODULE_25__, _D25_js__WEBPACK_IMPORTED_MODULE_26__, _D26_js__WEBPACK_IMPORTED_MODULE_27__, _D27_js__WEBPACK_IMPORTED_MODULE_28__, _D28_js__WEBPACK_IMPORTED_MODULE_29__, _D29_js__WEBPACK_IMPORTED_MODULE_30__, _D30_js__WEBPACK_IMPORTED_MODULE_31__, _D30_UPGRADE_js__WEBPACK_IMPORTED_MODULE_32__, _D31_js__WEBPACK_IMPORTED_MODULE_33__, _D32_js__WEBPACK_IMPORTED_MODULE_34__, _D33_CLEAN_js__WEBPACK_IMPORTED_MODULE_35__, _D33_PIN_js__WEBPACK_IMPORTED_MODULE_36__, _D33_Y_js__WEBPACK_IMPORTED_MODULE_37__, _D34_CACHE_js__WEBPACK_IMPORTED_MODULE_38__, _D34_PIN_js__WEBPACK_IMPORTED_MODULE_39__, _D35_js__WEBPACK_IMPORTED_MODULE_40__, _D35_CACHE_js__WEBPACK_IMPORTED_MODULE_41__, _D36_js__WEBPACK_IMPORTED_MODULE_42__, _D37_js__WEBPACK_IMPORTED_MODULE_43__, _D38_js__WEBPACK_IMPORTED_MODULE_44__, _D39_js__WEBPACK_IMPORTED_MODULE_45__, _D40_js__WEBPACK_IMPORTED_MODULE_46__, _D41_js__WEBPACK_IMPORTED_MODULE_47__, _D42_js__WEBPACK_IMPORTED_MODULE_48__, _D43_js__WEBPACK_IMPORTED_MODULE_49__, _D44_js__WEBPACK_IMPORTED_MODULE_50__, _D45_js__WEBPACK_IMPORTED_MODULE_51__, _D46_js__WEBPACK_IMPORTED_MODULE_52__, _D47_js__WEBPACK_IMPORTED_MODULE_53__, _D48_js__WEBPACK_IMPORTED_MODULE_54__, _D49_js__WEBPACK_IMPORTED_MODULE_55__, _D50_js__WEBPACK_IMPORTED_MODULE_56__, _D51_js__WEBPACK_IMPORTED_MODULE_57__, _D52_js__WEBPACK_IMPORTED_MODULE_58__, _D53_js__WEBPACK_IMPORTED_MODULE_59__, _D54_js__WEBPACK_IMPORTED_MODULE_60__, _D55_js__WEBPACK_IMPORTED_MODULE_61__, _D56_js__WEBPACK_IMPORTED_MODULE_62__, _D57_js__WEBPACK_IMPORTED_MODULE_63__, _D58_js__WEBPACK_IMPORTED_MODULE_64__, _D59_js__WEBPACK_IMPORTED_MODULE_65__]);
([_D1_js__WEBPACK_IMPORTED_MODULE_1__, _D2_js__WEBPACK_IMPORTED_MODULE_2__, _D3_js__WEBPACK_IMPORTED_MODULE_3__, _D4_js__WEBPACK_IMPORTED_MODULE_4__, _D5_js__WEBPACK_IMPORTED_MODULE_5__, _D5_IMAGE_js__WEBPACK_IMPORTED_MODULE_6__, _D6_js__WEBPACK_IMPORTED_MODULE_7__, _D7_js__WEBPACK_IMPORTED_MODULE_8__, _D8_js__WEBPACK_IMPORTED_MODULE_9__, _D9_js__WEBPACK_IMPORTED_MODULE_10__, _D10_js__WEBPACK_IMPORTED_MODULE_11__, _D11_js__WEBPACK_IMPORTED_MODULE_12__, _D12_js__WEBPACK_IMPORTED_MODULE_13__, _D13_js__WEBPACK_IMPORTED_MODULE_14__, _D14_js__WEBPACK_IMPORTED_MODULE_15__, _D15_js__WEBPACK_IMPORTED_MODULE_16__, _D16_js__WEBPACK_IMPORTED_MODULE_17__, _D17_js__WEBPACK_IMPORTED_MODULE_18__, _D18_js__WEBPACK_IMPORTED_MODULE_19__, _D19_js__WEBPACK_IMPORTED_MODULE_20__, _D20_js__WEBPACK_IMPORTED_MODULE_21__, _D21_js__WEBPACK_IMPORTED_MODULE_22__, _D22_js__WEBPACK_IMPORTED_MODULE_23__, _D23_js__WEBPACK_IMPORTED_MODULE_24__, _D24_js__WEBPACK_IMPORTED_MODULE_25__, _D25_js__WEBPACK_IMPORTED_MODULE_26__, _D26_js__WEBPACK_IMPORTED_MODULE_27__, _D27_js__WEBPACK_IMPORTED_MODULE_28__, _D28_js__WEBPACK_IMPORTED_MODULE_29__, _D29_js__WEBPACK_IMPORTED_MODULE_30__, _D30_js__WEBPACK_IMPORTED_MODULE_31__, _D30_UPGRADE_js__WEBPACK_IMPORTED_MODULE_32__, _D31_js__WEBPACK_IMPORTED_MODULE_33__, _D32_js__WEBPACK_IMPORTED_MODULE_34__, _D33_CLEAN_js__WEBPACK_IMPORTED_MODULE_35__, _D33_PIN_js__WEBPACK_IMPORTED_MODULE_36__, _D33_Y_js__WEBPACK_IMPORTED_MODULE_37__, _D34_CACHE_js__WEBPACK_IMPORTED_MODULE_38__, _D34_PIN_js__WEBPACK_IMPORTED_MODULE_39__, _D35_js__WEBPACK_IMPORTED_MODULE_40__, _D35_CACHE_js__WEBPACK_IMPORTED_MODULE_41__, _D36_js__WEBPACK_IMPORTED_MODULE_42__, _D37_js__WEBPACK_IMPORTED_MODULE_43__, _D38_js__WEBPACK_IMPORTED_MODULE_44__, _D39_js__WEBPACK_IMPORTED_MODULE_45__, _D40_js__WEBPACK_IMPORTED_MODULE_46__, _D41_js__WEBPACK_IMPORTED_MODULE_47__, _D42_js__WEBPACK_IMPORTED_MODULE_48__, _D43_js__WEBPACK_IMPORTED_MODULE_49__, _D44_js__WEBPACK_IMPORTED_MODULE_50__, _D45_js__WEBPACK_IMPORTED_MODULE_51__, _D46_js__WEBPACK_IMPORTED_MODULE_52__, _D47_js__WEBPACK_IMPORTED_MODULE_53__, _D48_js__WEBPACK_IMPORTED_MODULE_54__, _D49_js__WEBPACK_IMPORTED_MODULE_55__, _D50_js__WEBPACK_IMPORTED_MODULE_56__, _D51_js__WEBPACK_IMPORTED_MODULE_57__, _D52_js__WEBPACK_IMPORTED_MODULE_58__, _D53_js__WEBPACK_IMPORTED_MODULE_59__, _D54_js__WEBPACK_IMPORTED_MODULE_60__, _D55_js__WEBPACK_IMPORTED_MODULE_61__, _D56_js__WEBPACK_IMPORTED_MODULE_62__, _D57_js__WEBPACK_IMPORTED_MODULE_63__, _D58_js__WEBPACK_IMPORTED_MODULE_64__, _D59_js__WEBPACK_IMPORTED_MODULE_65__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);


































































/** The rules the Dockerfile checker runs. */
const dockerfileRules = [
    _D0_js__WEBPACK_IMPORTED_MODULE_0__/* .rule */ .H,
    _D1_js__WEBPACK_IMPORTED_MODULE_1__/* .rule */ .H,
    _D2_js__WEBPACK_IMPORTED_MODULE_2__/* .rule */ .H,
    _D3_js__WEBPACK_IMPORTED_MODULE_3__/* .rule */ .H,
    _D4_js__WEBPACK_IMPORTED_MODULE_4__/* .rule */ .H,
    _D5_js__WEBPACK_IMPORTED_MODULE_5__/* .rule */ .H,
    _D5_IMAGE_js__WEBPACK_IMPORTED_MODULE_6__/* .rule */ .H,
    _D6_js__WEBPACK_IMPORTED_MODULE_7__/* .rule */ .H,
    _D7_js__WEBPACK_IMPORTED_MODULE_8__/* .rule */ .H,
    _D8_js__WEBPACK_IMPORTED_MODULE_9__/* .rule */ .H,
    _D9_js__WEBPACK_IMPORTED_MODULE_10__/* .rule */ .H,
    _D10_js__WEBPACK_IMPORTED_MODULE_11__/* .rule */ .H,
    _D11_js__WEBPACK_IMPORTED_MODULE_12__/* .rule */ .H,
    _D12_js__WEBPACK_IMPORTED_MODULE_13__/* .rule */ .H,
    _D13_js__WEBPACK_IMPORTED_MODULE_14__/* .rule */ .H,
    _D14_js__WEBPACK_IMPORTED_MODULE_15__/* .rule */ .H,
    _D15_js__WEBPACK_IMPORTED_MODULE_16__/* .rule */ .H,
    _D16_js__WEBPACK_IMPORTED_MODULE_17__/* .rule */ .H,
    _D17_js__WEBPACK_IMPORTED_MODULE_18__/* .rule */ .H,
    _D18_js__WEBPACK_IMPORTED_MODULE_19__/* .rule */ .H,
    _D19_js__WEBPACK_IMPORTED_MODULE_20__/* .rule */ .H,
    _D20_js__WEBPACK_IMPORTED_MODULE_21__/* .rule */ .H,
    _D21_js__WEBPACK_IMPORTED_MODULE_22__/* .rule */ .H,
    _D22_js__WEBPACK_IMPORTED_MODULE_23__/* .rule */ .H,
    _D23_js__WEBPACK_IMPORTED_MODULE_24__/* .rule */ .H,
    _D24_js__WEBPACK_IMPORTED_MODULE_25__/* .rule */ .H,
    _D25_js__WEBPACK_IMPORTED_MODULE_26__/* .rule */ .H,
    _D26_js__WEBPACK_IMPORTED_MODULE_27__/* .rule */ .H,
    _D27_js__WEBPACK_IMPORTED_MODULE_28__/* .rule */ .H,
    _D28_js__WEBPACK_IMPORTED_MODULE_29__/* .rule */ .H,
    _D29_js__WEBPACK_IMPORTED_MODULE_30__/* .rule */ .H,
    _D30_js__WEBPACK_IMPORTED_MODULE_31__/* .rule */ .H,
    _D30_UPGRADE_js__WEBPACK_IMPORTED_MODULE_32__/* .rule */ .H,
    _D31_js__WEBPACK_IMPORTED_MODULE_33__/* .rule */ .H,
    _D32_js__WEBPACK_IMPORTED_MODULE_34__/* .rule */ .H,
    _D33_CLEAN_js__WEBPACK_IMPORTED_MODULE_35__/* .rule */ .H,
    _D33_PIN_js__WEBPACK_IMPORTED_MODULE_36__/* .rule */ .H,
    _D33_Y_js__WEBPACK_IMPORTED_MODULE_37__/* .rule */ .H,
    _D34_CACHE_js__WEBPACK_IMPORTED_MODULE_38__/* .rule */ .H,
    _D34_PIN_js__WEBPACK_IMPORTED_MODULE_39__/* .rule */ .H,
    _D35_js__WEBPACK_IMPORTED_MODULE_40__/* .rule */ .H,
    _D35_CACHE_js__WEBPACK_IMPORTED_MODULE_41__/* .rule */ .H,
    _D36_js__WEBPACK_IMPORTED_MODULE_42__/* .rule */ .H,
    _D37_js__WEBPACK_IMPORTED_MODULE_43__/* .rule */ .H,
    _D38_js__WEBPACK_IMPORTED_MODULE_44__/* .rule */ .H,
    _D39_js__WEBPACK_IMPORTED_MODULE_45__/* .rule */ .H,
    _D40_js__WEBPACK_IMPORTED_MODULE_46__/* .rule */ .H,
    _D41_js__WEBPACK_IMPORTED_MODULE_47__/* .rule */ .H,
    _D42_js__WEBPACK_IMPORTED_MODULE_48__/* .rule */ .H,
    _D43_js__WEBPACK_IMPORTED_MODULE_49__/* .rule */ .H,
    _D44_js__WEBPACK_IMPORTED_MODULE_50__/* .rule */ .H,
    _D45_js__WEBPACK_IMPORTED_MODULE_51__/* .rule */ .H,
    _D46_js__WEBPACK_IMPORTED_MODULE_52__/* .rule */ .H,
    _D47_js__WEBPACK_IMPORTED_MODULE_53__/* .rule */ .H,
    _D48_js__WEBPACK_IMPORTED_MODULE_54__/* .rule */ .H,
    _D49_js__WEBPACK_IMPORTED_MODULE_55__/* .rule */ .H,
    _D50_js__WEBPACK_IMPORTED_MODULE_56__/* .rule */ .H,
    _D51_js__WEBPACK_IMPORTED_MODULE_57__/* .rule */ .H,
    _D52_js__WEBPACK_IMPORTED_MODULE_58__/* .rule */ .H,
    _D53_js__WEBPACK_IMPORTED_MODULE_59__/* .rule */ .H,
    _D54_js__WEBPACK_IMPORTED_MODULE_60__/* .rule */ .H,
    _D55_js__WEBPACK_IMPORTED_MODULE_61__/* .rule */ .H,
    _D56_js__WEBPACK_IMPORTED_MODULE_62__/* .rule */ .H,
    _D57_js__WEBPACK_IMPORTED_MODULE_63__/* .rule */ .H,
    _D58_js__WEBPACK_IMPORTED_MODULE_64__/* .rule */ .H,
    _D59_js__WEBPACK_IMPORTED_MODULE_65__/* .rule */ .H
];

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 861:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fr: () => (/* binding */ docPkgCommands),
/* harmony export */   Kz: () => (/* binding */ hasOption),
/* harmony export */   Vs: () => (/* binding */ packageNames),
/* harmony export */   g2: () => (/* binding */ pkgCommand),
/* harmony export */   pX: () => (/* binding */ pkgCommands)
/* harmony export */ });
/* harmony import */ var _memo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(333);
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
/**
 * Package-manager command lines read from a RUN: which manager, which
 * subcommand, its options and its operands.
 */


const MANAGERS = new Set([
    'apt-get',
    'apt',
    'apk',
    'yum',
    'dnf',
    'tdnf',
    'microdnf',
    'zypper',
    'pip',
    'pip3',
    'npm',
    'yarn',
    'gem',
    'go',
    'rpm'
]);
// Options whose value is the next word, so it is not read as an operand.
const TAKES_VALUE = new Set([
    '-o',
    '-t',
    '--virtual',
    '-c',
    '--option',
    '--target-release',
    '--config-file',
    '-X',
    '--repository',
    '--root',
    '-p',
    '--arch',
    '--repo',
    '--enablerepo',
    '--disablerepo',
    '--setopt',
    '--installroot',
    '-i',
    '--index-url',
    '--extra-index-url',
    '-r',
    '--requirement',
    '-C',
    '--trusted-host',
    '-v',
    '--version',
    '--prefix',
    '--target',
    '-e'
]);
// Reading a command is pure, so each is read once, whichever rule asks.
const parsed = (0,_memo_js__WEBPACK_IMPORTED_MODULE_1__/* .memoOn */ .C)('pkg');
/** Reads a command as a package-manager call, if it is one. */
function pkgCommand(run) {
    let cmd = parsed.get(run);
    if (cmd === undefined) {
        cmd = readPkgCommand(run) ?? null;
        parsed.set(run, cmd);
    }
    return cmd ?? undefined;
}
function readPkgCommand(run) {
    const manager = run.name === 'python' || run.name === 'python3'
        ? pipModule(run.argv)
        : run.name;
    if (!manager || !MANAGERS.has(manager))
        return undefined;
    const words = manager === run.name ? run.argv.slice(1) : run.argv.slice(3);
    const options = [];
    const operands = [];
    for (let i = 0; i < words.length; i++) {
        const word = words[i] ?? '';
        if (word.startsWith('-') && word.length > 1) {
            options.push(word);
            if (TAKES_VALUE.has(word) && i + 1 < words.length)
                options.push(words[++i] ?? '');
        }
        else
            operands.push(word);
    }
    // `yarn global add x` installs x as `yarn add x` does, outside the project.
    const global = manager === 'yarn' && operands[0] === 'global' && operands.length > 1;
    const rest = global ? operands.slice(1) : operands;
    return {
        manager: manager === 'pip3' ? 'pip' : manager,
        sub: (rest[0] ?? '').toLowerCase(),
        options,
        operands: rest.slice(1),
        ...(global ? { global } : {}),
        run
    };
}
// `python -m pip install x` is pip.
function pipModule(argv) {
    return argv[1] === '-m' && argv[2] === 'pip' ? 'pip' : undefined;
}
/**
 * True when any of `names` was given: long names match exactly (or with
 * `=value`); one-letter names also match inside clusters like `-fmy`.
 */
function hasOption(cmd, ...names) {
    return cmd.options.some((opt) => names.some((name) => {
        if (name.startsWith('--'))
            return opt === name || opt.startsWith(`${name}=`);
        const letter = name.slice(1);
        return opt === name || (/^-[a-zA-Z]+$/.test(opt) && opt.includes(letter));
    }));
}
/** Every package-manager call of `runs`. */
function pkgCommands(runs) {
    const found = [];
    for (const run of runs) {
        const cmd = pkgCommand(run);
        if (cmd)
            found.push(cmd);
    }
    return found;
}
const perDoc = (0,_memo_js__WEBPACK_IMPORTED_MODULE_1__/* .memoOn */ .C)('pkgs');
/** Every package-manager call in the RUNs of `doc`, read once. */
function docPkgCommands(doc) {
    let found = perDoc.get(doc);
    if (!found) {
        found = pkgCommands((0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .runCommands */ .aK)(doc));
        perDoc.set(doc, found);
    }
    return found;
}
/** Operands that name packages (not files, URLs or variables). */
function packageNames(cmd) {
    return cmd.operands.filter((p) => p !== '' &&
        !p.startsWith('$') &&
        !p.includes('/') &&
        !p.endsWith('.rpm') &&
        !p.endsWith('.deb'));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 8036:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nn: () => (/* binding */ matchesAllowedImage),
/* harmony export */   bi: () => (/* binding */ fromTrustedRegistry)
/* harmony export */ });
/* unused harmony export imageNames */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/** Matching base images against the configured allow-lists. */

/** True when the image's registry (and path) starts with an entry. */
function fromTrustedRegistry(image, trusted) {
    const full = `${image.registry}/${image.repository}`.toLowerCase();
    return trusted.some((entry) => {
        const prefix = entry.toLowerCase().replace(/\/+$/, '');
        return full === prefix || full.startsWith(`${prefix}/`);
    });
}
/** The spellings of an image a glob may be written against. */
function imageNames(image) {
    const tag = image.tag ? `:${image.tag}` : '';
    const digest = image.digest ? `@${image.digest}` : '';
    const full = `${image.registry}/${image.repository}`;
    const short = image.registry === 'docker.io'
        ? image.repository.replace(/^library\//, '')
        : full;
    return [
        ...new Set([
            image.text,
            `${full}${tag}${digest}`,
            `${full}${tag}`,
            `${short}${tag}`,
            full,
            short
        ])
    ];
}
/** True when any spelling of the image matches any glob. */
function matchesAllowedImage(image, globs) {
    const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_0__(globs, { nocase: true });
    return imageNames(image).some((name) => isMatch(name));
}


/***/ }),

/***/ 9878:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P0: () => (/* binding */ cleansCache),
/* harmony export */   RS: () => (/* binding */ fillsCache),
/* harmony export */   lY: () => (/* binding */ isRpmInstall)
/* harmony export */ });
/* unused harmony export YUM_LIKE */
/** yum, dnf, tdnf and microdnf share their options. */
const YUM_LIKE = new Set(['yum', 'dnf', 'tdnf', 'microdnf']);
/** An install by yum, dnf, tdnf, microdnf or zypper. */
function isRpmInstall(c) {
    if (YUM_LIKE.has(c.manager))
        return c.sub === 'install';
    if (c.manager === 'zypper')
        return c.sub === 'install' || c.sub === 'in';
    return false;
}
/** A call that leaves downloaded packages or metadata in the cache. */
function fillsCache(c) {
    if (YUM_LIKE.has(c.manager))
        return c.sub === 'install';
    if (c.manager === 'zypper')
        return [
            'install',
            'in',
            'remove',
            'rm',
            'patch',
            'source-install',
            'si'
        ].includes(c.sub);
    return false;
}
/** A call that empties that cache. */
function cleansCache(c) {
    if (YUM_LIKE.has(c.manager))
        return c.sub === 'clean' && c.operands[0] === 'all';
    if (c.manager === 'zypper')
        return c.sub === 'clean' || c.sub === 'cc';
    return false;
}


/***/ }),

/***/ 7583:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ isSecretName)
/* harmony export */ });
/** Telling secret-looking variable names apart. */
// Words that make a variable name look like it carries a secret.
const SECRET_WORDS = new Set([
    'password',
    'passwd',
    'pwd',
    'pass',
    'passphrase',
    'secret',
    'token',
    'apikey',
    'credential',
    'credentials',
    'privatekey'
]);
// Pairs of words that together name a secret (`API_KEY`, `ACCESS_KEY`).
const KEY_OWNERS = new Set([
    'api',
    'access',
    'private',
    'secret',
    'signing',
    'encryption',
    'master',
    'ssh'
]);
// A name ending in these points at a secret instead of holding one.
const REFERENCE_SUFFIXES = new Set([
    'file',
    'path',
    'dir',
    'url',
    'name',
    'id',
    'length',
    'type',
    'env'
]);
/** True when an ARG or ENV name looks like it holds a secret. */
function isSecretName(name) {
    const words = name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
    const last = words[words.length - 1] ?? '';
    if (REFERENCE_SUFFIXES.has(last))
        return false;
    if (words.some((w) => SECRET_WORDS.has(w)))
        return true;
    return words.some((w, i) => w === 'key' && KEY_OWNERS.has(words[i - 1] ?? ''));
}


/***/ }),

/***/ 4355:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ isUpgrade),
/* harmony export */   N: () => (/* binding */ isDistUpgrade)
/* harmony export */ });
/** `dist-upgrade` and its kin: upgrades that may change the release. */
function isDistUpgrade(c) {
    if (c.manager === 'apt-get' || c.manager === 'apt')
        return c.sub === 'dist-upgrade' || c.sub === 'full-upgrade';
    if (c.manager === 'zypper')
        return c.sub === 'dist-upgrade' || c.sub === 'dup';
    if (c.manager === 'dnf')
        return c.sub === 'distro-sync' || c.sub === 'system-upgrade';
    return false;
}
/** Any upgrade of every installed package. */
function isUpgrade(c) {
    if (isDistUpgrade(c))
        return true;
    if (c.manager === 'apt-get' || c.manager === 'apt')
        return c.sub === 'upgrade';
    // `apk upgrade libssl3` upgrades only the packages it names.
    if (c.manager === 'apk')
        return c.sub === 'upgrade' && c.operands.length === 0;
    if (['yum', 'dnf', 'tdnf', 'microdnf'].includes(c.manager))
        return ((c.sub === 'update' || c.sub === 'upgrade') && c.operands.length === 0);
    if (c.manager === 'zypper')
        return ['update', 'up', 'patch'].includes(c.sub) && c.operands.length === 0;
    return false;
}


/***/ }),

/***/ 1232:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ lastUser),
/* harmony export */   a: () => (/* binding */ isRootUser)
/* harmony export */ });
/* harmony import */ var _helpers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(514);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_helpers_js__WEBPACK_IMPORTED_MODULE_0__]);
_helpers_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];

/**
 * The last USER instruction in effect at the end of `stage`, looking
 * through the earlier stages it is built on.
 */
function lastUser(doc, stage) {
    for (const current of (0,_helpers_js__WEBPACK_IMPORTED_MODULE_0__/* .stageLineage */ .uL)(doc, stage)) {
        const users = current.instructions.filter((i) => i.keyword === 'USER');
        const last = users[users.length - 1];
        if (last)
            return last;
    }
    return undefined;
}
/** True for `root`, `0`, `root:x`, `0:x` (the user part decides). */
function isRootUser(value) {
    const user = value.split(':')[0]?.trim().toLowerCase() ?? '';
    return user === 'root' || /^0+$/.test(user);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 6017:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ pairsOf)
/* harmony export */ });
// Docker's quotes around a value are not part of it.
function unquote(value) {
    const quoted = /^(["'])(.*)\1$/s.exec(value);
    return quoted ? (quoted[2] ?? '') : value;
}
/** The pairs an ENV, ARG or LABEL instruction sets. */
function pairsOf(instruction) {
    const args = instruction.args;
    const first = args[0] ?? '';
    if (instruction.keyword === 'ENV' &&
        !first.includes('=') &&
        args.length > 1) {
        return [{ name: first, value: unquote(args.slice(1).join(' ')) }];
    }
    return args.map((arg) => {
        const eq = arg.indexOf('=');
        if (eq < 0)
            return { name: arg };
        return { name: arg.slice(0, eq), value: unquote(arg.slice(eq + 1)) };
    });
}


/***/ }),

/***/ 8400:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ scriptOf)
/* harmony export */ });
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5765);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_shell_js__WEBPACK_IMPORTED_MODULE_0__]);
_shell_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];

/** Parses the script of a RUN (shell form, exec form or heredoc). */
function scriptOf(node, first, instruction, lines, escape) {
    if (instruction.keyword !== 'RUN')
        return undefined;
    if (instruction.json) {
        const quoted = instruction.json.map((w) => `'${w.replaceAll("'", `'\\''`)}'`);
        return { shell: (0,_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .parseShell */ .aV)(quoted.join(' ')), line: instruction.line };
    }
    if (!first)
        return { shell: (0,_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .parseShell */ .aV)(''), line: instruction.line };
    if (first.getValue().startsWith('<<')) {
        const heredoc = heredocOf(node, lines);
        if (heredoc)
            return heredoc;
    }
    const start = first.getRange().start;
    const end = instruction.endLine - 1;
    const body = [];
    for (let i = start.line; i <= end; i++) {
        const raw = lines[i] ?? '';
        const text = i === start.line ? raw.slice(start.character) : raw;
        body.push(continuationSafe(text, i > start.line, escape));
    }
    return { shell: (0,_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .parseShell */ .aV)(body.join('\n')), line: start.line + 1 };
}
// Docker drops comment and blank lines inside a continuation before the
// shell sees the text; a lone backslash keeps the line count and the join.
function continuationSafe(text, inside, escape) {
    const trimmed = text.trim();
    if (inside && (trimmed === '' || trimmed.startsWith('#')))
        return '\\';
    if (escape !== '\\' && text.trimEnd().endsWith(escape)) {
        return text.trimEnd().slice(0, -1) + '\\';
    }
    return text;
}
// `RUN <<EOF ... EOF`: the heredoc's body is the script.
function heredocOf(node, lines) {
    const withHeredocs = node;
    const range = withHeredocs.getHeredocs?.()[0]?.getContentRange();
    if (!range)
        return undefined;
    const body = lines.slice(range.start.line, range.end.line + 1).join('\n');
    return { shell: (0,_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .parseShell */ .aV)(body), line: range.start.line + 1 };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 3133:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ bashParser)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8995);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var web_tree_sitter__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(254);
/**
 * The Bash parser: tree-sitter-bash on web-tree-sitter (WebAssembly), loaded
 * once when this module is imported.
 *
 * Chosen by measurement over the npm candidates, parsing six typical RUN
 * bodies and walking each tree for its commands: web-tree-sitter took
 * 158 µs a body; mvdan-sh (Go compiled by GopherJS) parsed in 69-92 µs but
 * reading its tree took about 1 ms a body, since every field access crosses
 * GopherJS's wrappers, and a chain of 300 `&&` took 0.6 s and 1,000
 * overflowed the stack (tree-sitter: 12 ms); sh-syntax (mvdan/sh as
 * WebAssembly) took 14 ms a body; bash-parser could not parse
 * `bash <(wget ...)` at all.
 */





const require = (0,node_module__WEBPACK_IMPORTED_MODULE_2__.createRequire)(import.meta.url);
// The bundles in dist/ carry both .wasm files beside their index.js (the
// build copies them there, as a runner has no node_modules); from source
// they come from their packages.
function wasm(file, fromPackage) {
    const beside = (0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(new URL(file, import.meta.url));
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(beside) ? beside : require.resolve(fromPackage);
}
async function load() {
    const runtime = wasm('tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm');
    const grammar = wasm('tree-sitter-bash.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm');
    await web_tree_sitter__WEBPACK_IMPORTED_MODULE_4__/* .Parser */ .iX.init({ locateFile: () => runtime });
    const parser = new web_tree_sitter__WEBPACK_IMPORTED_MODULE_4__/* .Parser */ .iX();
    parser.setLanguage(await web_tree_sitter__WEBPACK_IMPORTED_MODULE_4__/* .Language */ .TM.load(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(grammar)));
    return parser;
}
/** The one Bash parser this process uses (parsing is synchronous). */
const bashParser = await load();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8684:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseSimpleShell)
/* harmony export */ });
/* harmony import */ var _shell_words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5429);

// Quotes, expansions, substitutions, redirections, groups, brackets,
// comments, negation, non-ASCII or control characters, and a backslash
// that is not a line continuation all need the real parser.
const NOT_SIMPLE = /[^\t\n -~]|['"$`<>(){}[\]#!]|\\(?!\n)/;
// `NAME=value` before the program: tree-sitter reads it as an assignment.
// Only plain values are read here, and not the name `_`, which
// tree-sitter takes for a program.
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
const PLAIN_ASSIGNMENT = /^(?!_=)[A-Za-z_][A-Za-z0-9_]*=[A-Za-z0-9_./:,~+-]*$/;
// A program name tree-sitter reads as one plain word. Some characters it
// accepts in arguments make it stumble here: `%`, `?` or `@` after a name,
// `+` (it expects `+=`), a leading `-` (`- a=b` is dropped entirely), and
// `:` after an assignment.
const PROGRAM = /^[A-Za-z0-9_./:,~][A-Za-z0-9_./:,~-]*$/;
const PROGRAM_AFTER_ASSIGNMENT = /^[A-Za-z0-9_./][A-Za-z0-9_./-]*$/;
// tree-sitter reads a word starting `==` or `=~` as a test operator and
// drops it from the command.
const OPERATOR_LIKE = /^=[=~]/;
// Words tree-sitter-bash gives their own node types (or may), when they
// stand where a program name goes.
const RESERVED = new Set(('if then else elif fi for while until do done case esac in select ' +
    'function time coproc export declare local readonly typeset unset unsetenv').split(' '));
const TAB = 9;
const NEWLINE = 10;
const SPACE = 32;
const AMPERSAND = 38;
const SEMICOLON = 59;
const BACKSLASH = 92;
const BAR = 124;
/**
 * The commands of `text` when it is plain enough to read without a shell
 * parser, exactly as tree-sitter-bash would give them; undefined when it
 * is not (the caller then parses it for real).
 */
function parseSimpleShell(text) {
    if (NOT_SIMPLE.test(text))
        return undefined;
    const tokens = tokenize(text);
    if (!tokens || tokens.length === 0)
        return undefined;
    return assemble(tokens);
}
// Words and operators with their 1-based positions; undefined for anything
// this path does not read.
function tokenize(text) {
    const tokens = [];
    let line = 1;
    let lineStart = 0;
    let i = 0;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === SPACE || c === TAB) {
            i++;
            continue;
        }
        // A bare newline ends a command (outside continuations it only
        // appears in heredoc scripts): left to the real parser.
        if (c === NEWLINE)
            return undefined;
        if (c === BACKSLASH) {
            // NOT_SIMPLE let through only `\` followed by a newline.
            i += 2;
            line++;
            lineStart = i;
            continue;
        }
        const start = i;
        const operator = operatorAt(text, i);
        if (operator === null)
            return undefined;
        if (operator !== undefined) {
            i += operator.length;
        }
        else {
            while (i < text.length && !isDelimiter(text.charCodeAt(i)))
                i++;
            // `word\` + newline joins the word to the next line's text.
            if (text.charCodeAt(i) === BACKSLASH)
                return undefined;
        }
        tokens.push({
            text: operator ?? text.slice(start, i),
            operator: operator !== undefined,
            line,
            column: start - lineStart + 1
        });
    }
    return tokens;
}
// The operator at `i`: undefined if a word starts there, null for one this
// path does not read (`&`, `|&`, `;;`, `;&`).
function operatorAt(text, i) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c === AMPERSAND)
        return next === AMPERSAND ? '&&' : null;
    if (c === BAR) {
        if (next === BAR)
            return '||';
        return next === AMPERSAND ? null : '|';
    }
    if (c === SEMICOLON) {
        return next === SEMICOLON || next === AMPERSAND ? null : ';';
    }
    return undefined;
}
function isDelimiter(c) {
    return (c === SPACE ||
        c === TAB ||
        c === NEWLINE ||
        c === BACKSLASH ||
        c === AMPERSAND ||
        c === BAR ||
        c === SEMICOLON);
}
// Commands from tokens: `;` separates statements, `&&`/`||` pipelines,
// `|` the commands of a pipeline.
function assemble(tokens) {
    const commands = [];
    let hasPipe = false;
    let words = [];
    let pipeline = [];
    let pipelines = 0;
    let last = '';
    for (let t = 0; t <= tokens.length; t++) {
        const token = tokens[t];
        if (token && !token.operator) {
            words.push(token);
            continue;
        }
        if (words.length === 0) {
            // Only a `;` may end the script without a command after it.
            if (!token && last === ';')
                break;
            return undefined;
        }
        const command = commandOf(words, pipeline.slice());
        if (!command)
            return undefined;
        commands.push(command);
        pipeline.push(command);
        words = [];
        last = token?.text ?? '';
        if (last === '|') {
            hasPipe = true;
            continue;
        }
        // tree-sitter-bash nests `a | b | c && d` as `a | (b | c && d)`, so
        // `d` is fed by `a`: a shape this path leaves to the real parser.
        const andOr = last === '&&' || last === '||';
        if (pipelines === 0 && pipeline.length >= 3 && andOr)
            return undefined;
        pipelines = andOr ? pipelines + 1 : 0;
        pipeline = [];
    }
    return { commands, hasPipe };
}
// One simple command: leading assignments, then the program and its words.
function commandOf(words, upstream) {
    let k = 0;
    const assignments = [];
    while (k < words.length && ASSIGNMENT.test(words[k]?.text ?? '')) {
        const assignment = words[k]?.text ?? '';
        if (!PLAIN_ASSIGNMENT.test(assignment))
            return undefined;
        assignments.push(assignment);
        k++;
    }
    const program = words[k];
    // Assignments alone make no command node in tree-sitter's tree.
    if (!program)
        return undefined;
    const name = k > 0 ? PROGRAM_AFTER_ASSIGNMENT : PROGRAM;
    if (!name.test(program.text) || RESERVED.has(program.text))
        return undefined;
    const argv = [];
    for (let w = k; w < words.length; w++) {
        const word = words[w]?.text ?? '';
        if (OPERATOR_LIKE.test(word))
            return undefined;
        argv.push(word);
    }
    // The script of `sh -c script` is parsed in turn, by the real parser.
    if ((0,_shell_words_js__WEBPACK_IMPORTED_MODULE_0__/* .shellCFlag */ .A1)(argv) >= 0)
        return undefined;
    return {
        argv,
        assignments,
        line: program.line,
        column: program.column,
        upstream,
        substituted: [],
        inSubstitution: false,
        viaShellC: false
    };
}


/***/ }),

/***/ 5429:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ shellCFlag),
/* harmony export */   DT: () => (/* binding */ stripPrefixes),
/* harmony export */   Fl: () => (/* binding */ baseName),
/* harmony export */   H7: () => (/* binding */ isShell)
/* harmony export */ });
/**
 * Reading the words of a shell command: the program it really runs once
 * prefixes such as `sudo` and `env` are dropped, and whether it is a shell
 * given a script with `-c`.
 */
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh']);
/** The program name without its directory: `/usr/bin/curl` is `curl`. */
function baseName(word) {
    const slash = word.lastIndexOf('/');
    return slash >= 0 ? word.slice(slash + 1) : word;
}
const PREFIX_FLAGS_WITH_VALUE = new Set(['-u', '-g', '-C', '-h', '-p', '-U']);
const PASS_THROUGH = new Set(['command', 'exec', 'nohup', 'time']);
/**
 * The command a line really runs: drops leading `sudo` (and its options),
 * `env` (and its assignments), `command`, `exec`, `nohup`, `time`.
 */
function stripPrefixes(argv) {
    let i = 0;
    for (;;) {
        const name = baseName(argv[i] ?? '');
        if (name === 'sudo' || name === 'env') {
            i++;
            while (i < argv.length) {
                const word = argv[i] ?? '';
                if (name === 'env' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(word))
                    i++;
                else if (word.startsWith('-'))
                    i += PREFIX_FLAGS_WITH_VALUE.has(word) ? 2 : 1;
                else
                    break;
            }
        }
        else if (PASS_THROUGH.has(name))
            i++;
        else
            break;
    }
    return i === 0 ? argv : argv.slice(i);
}
/** True when the program is a POSIX-style shell (`sh`, `bash`...). */
function isShell(name) {
    return SHELLS.has(baseName(name));
}
/**
 * For `sh -c ...` (after any prefix), the index of `-c` among the words
 * after the prefixes; -1 for any other command.
 */
function shellCFlag(words) {
    const argv = stripPrefixes(words);
    if (!SHELLS.has(baseName(argv[0] ?? '')))
        return -1;
    return argv.findIndex((a, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(a));
}


/***/ }),

/***/ 5765:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* reexport safe */ _shell_words_js__WEBPACK_IMPORTED_MODULE_2__.DT),
/* harmony export */   Fl: () => (/* reexport safe */ _shell_words_js__WEBPACK_IMPORTED_MODULE_2__.Fl),
/* harmony export */   H7: () => (/* reexport safe */ _shell_words_js__WEBPACK_IMPORTED_MODULE_2__.H7),
/* harmony export */   aV: () => (/* binding */ parseShell)
/* harmony export */ });
/* unused harmony export parseWithTreeSitter */
/* harmony import */ var _shell_parser_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3133);
/* harmony import */ var _shell_simple_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8684);
/* harmony import */ var _shell_words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5429);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_shell_parser_js__WEBPACK_IMPORTED_MODULE_0__]);
_shell_parser_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];




const MAX_NESTING = 3;
// The walk recurses once per `&&`; bounded so that no input can overflow
// the stack or stall the scan.
const MAX_SCRIPT_CHARS = 64 * 1024;
const MAX_OPERATORS = 2000;
// RUN bodies repeat across the Dockerfiles of a repository (the same
// `apt-get update && ...` in every service); a parse is immutable data, so
// the most recent ones tree-sitter made are kept by text. The fast path's
// are not: it costs about what the lookup does, and keeping its results
// alive would only give the garbage collector older objects to trace.
const CACHE_SIZE = 512;
const cache = new Map();
/** Parses `text` as Bash. Never throws. */
function parseShell(text, depth = 0) {
    const tooLarge = sizeCheck(text);
    if (tooLarge)
        return tooLarge;
    // Most bodies are plain words and operators, read without tree-sitter.
    const simple = (0,_shell_simple_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSimpleShell */ .Q)(text);
    if (simple)
        return simple;
    const key = `${depth}\u0000${text}`;
    const hit = cache.get(key);
    if (hit) {
        // Refresh its place so the least recently used entry goes first.
        cache.delete(key);
        cache.set(key, hit);
        return hit;
    }
    const script = parseWithTreeSitter(text, depth);
    cache.set(key, script);
    if (cache.size > CACHE_SIZE)
        cache.delete(cache.keys().next().value ?? '');
    return script;
}
// The refusal of a script too large to analyse, if it is.
function sizeCheck(text) {
    // Every operator takes a character: a short text cannot have too many.
    if (text.length <= MAX_OPERATORS)
        return undefined;
    const operators = text.match(/&&|\|\||[;|]/g)?.length ?? 0;
    if (text.length <= MAX_SCRIPT_CHARS && operators <= MAX_OPERATORS) {
        return undefined;
    }
    const error = `the script has ${text.length} characters and ${operators} operators, over the ${MAX_SCRIPT_CHARS} and ${MAX_OPERATORS} this checker analyses`;
    return { commands: [], hasPipe: false, error, tooLarge: true };
}
/**
 * Parses `text` with tree-sitter-bash, never taking the fast path of
 * shell-simple.ts nor the cache: the reference that fast path must match.
 * Never throws.
 */
function parseWithTreeSitter(text, depth = 0) {
    const tree = _shell_parser_js__WEBPACK_IMPORTED_MODULE_0__/* .bashParser */ .s.parse(text);
    if (!tree)
        return { commands: [], hasPipe: false, error: 'parser gave up' };
    try {
        const walk = { commands: [], hasPipe: false, depth };
        visit(tree.rootNode, walk, false, []);
        const error = tree.rootNode.hasError ? 'not valid shell syntax' : undefined;
        return {
            commands: walk.commands,
            hasPipe: walk.hasPipe,
            ...(error ? { error } : {})
        };
    }
    finally {
        tree.delete();
    }
}
// Collects the commands under `node` in source order.
function visit(node, walk, inSubstitution, upstream) {
    switch (node.type) {
        case 'command':
        case 'declaration_command':
            return commandOf(node, [], walk, inSubstitution, upstream);
        case 'redirected_statement': {
            const body = node.childForFieldName('body');
            const redirects = node.namedChildren.filter((c) => c && c !== body && c.id !== body?.id);
            if (body?.type === 'command') {
                return commandOf(body, redirects, walk, inSubstitution, upstream);
            }
            break;
        }
        case 'pipeline': {
            walk.hasPipe = true;
            const found = [];
            for (const child of node.namedChildren) {
                if (child)
                    found.push(...visit(child, walk, inSubstitution, [...upstream, ...found]));
            }
            return found;
        }
        case 'command_substitution':
        case 'process_substitution':
            inSubstitution = true;
            upstream = [];
            break;
    }
    const found = [];
    for (const child of node.namedChildren) {
        if (child)
            found.push(...visit(child, walk, inSubstitution, upstream));
    }
    return found;
}
// One command plus the commands hidden in its words and redirections.
function commandOf(node, redirects, walk, inSubstitution, upstream) {
    const words = [];
    const others = [...redirects];
    const assignments = [];
    for (const child of node.namedChildren) {
        if (!child)
            continue;
        if (child.type === 'command_name' || isWordNode(child.type))
            words.push(child);
        else
            others.push(child);
        if (child.type === 'variable_assignment') {
            assignments.push(assignmentText(child));
        }
    }
    // `export X=1`: the keyword is an anonymous token, not a word.
    const keyword = node.type === 'declaration_command' ? [node.child(0)?.text ?? ''] : [];
    const first = words[0] ?? node;
    const command = {
        argv: [...keyword, ...words.map(wordText)],
        assignments,
        line: first.startPosition.row + 1,
        column: first.startPosition.column + 1,
        upstream,
        substituted: [],
        inSubstitution,
        viaShellC: false
    };
    walk.commands.push(command);
    const inner = [];
    for (const part of [...words, ...others]) {
        inner.push(...substitutionsIn(part, walk));
    }
    command.substituted = inner;
    return [command, ...inner, ...shellCScript(command, words, walk)];
}
// The commands of every `$(...)`, backquote and `<(...)` inside `node`.
function substitutionsIn(node, walk) {
    if (node.type === 'command_substitution' ||
        node.type === 'process_substitution') {
        return visit(node, walk, true, []);
    }
    const found = [];
    for (const child of node.namedChildren) {
        if (child)
            found.push(...substitutionsIn(child, walk));
    }
    return found;
}
// `sh -c 'apt-get install x'`: the quoted script is parsed in turn.
function shellCScript(command, words, walk) {
    if (walk.depth >= MAX_NESTING)
        return [];
    const argv = (0,_shell_words_js__WEBPACK_IMPORTED_MODULE_2__/* .stripPrefixes */ .DT)(command.argv);
    const flag = (0,_shell_words_js__WEBPACK_IMPORTED_MODULE_2__/* .shellCFlag */ .A1)(command.argv);
    if (flag < 0)
        return [];
    const word = words[command.argv.length - argv.length + flag + 1];
    if (!word || !isStatic(word))
        return [];
    const script = parseShell(wordText(word), walk.depth + 1);
    if (script.hasPipe)
        walk.hasPipe = true;
    const moved = script.commands.map((c) => ({
        ...c,
        line: command.line,
        column: command.column,
        viaShellC: true
    }));
    walk.commands.push(...moved);
    return moved;
}
const WORD_TYPES = new Set([
    'word',
    'string',
    'raw_string',
    'ansi_c_string',
    'translated_string',
    'concatenation',
    'simple_expansion',
    'expansion',
    'command_substitution',
    'process_substitution',
    'number',
    'arithmetic_expansion'
]);
function isWordNode(type) {
    return WORD_TYPES.has(type);
}
// True when a word has no substitution or expansion in it.
function isStatic(word) {
    if (word.type === 'raw_string' ||
        word.type === 'word' ||
        word.type === 'string_content')
        return true;
    if (word.type !== 'string' && word.type !== 'concatenation')
        return false;
    return word.namedChildren.every((c) => c !== null && isStatic(c));
}
/** The text of a word: quotes and escapes removed, substitutions abridged. */
function wordText(node) {
    switch (node.type) {
        case 'command_name':
            return node.namedChildren.map((c) => (c ? wordText(c) : '')).join('');
        case 'word':
            return node.text.replace(/\\(.)/g, '$1');
        case 'raw_string':
            return node.text.slice(1, -1);
        case 'string':
        case 'concatenation':
            return partsText(node);
        case 'command_substitution':
            return '$(...)';
        case 'process_substitution':
            return '<(...)';
        default:
            return node.text;
    }
}
// A double-quoted string or a concatenation: the text between its parts is
// kept as written (minus the quotes), the parts are read as words.
function partsText(node) {
    let out = '';
    let at = node.startIndex;
    for (const child of node.namedChildren) {
        if (!child)
            continue;
        out += node.text.slice(at - node.startIndex, child.startIndex - node.startIndex);
        out += child.type === 'string_content' ? child.text : wordText(child);
        at = child.endIndex;
    }
    out += node.text.slice(at - node.startIndex);
    return node.type === 'string'
        ? out.replace(/^"|"$/g, '')
        : out.replace(/"/g, '');
}
// `NAME=value` with the value read as a word.
function assignmentText(node) {
    const name = node.childForFieldName('name')?.text ?? '';
    const value = node.childForFieldName('value');
    return `${name}=${value ? wordText(value) : ''}`;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 1987:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ indexSuppressions)
/* harmony export */ });
/* harmony import */ var _suppression_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2339);

// hadolint ids we do not map are hadolint's business, not typos.
const HADOLINT_ID = /^(DL|SC)\d{4}$/i;
/** Reads the suppression comments of `doc`. */
function indexSuppressions(doc, path, rules) {
    const fileWide = [];
    const byInstruction = new Map();
    const unknown = [];
    // Instruction start lines in order, to find the one a line belongs to.
    const starts = doc.instructions.map((i) => ({
        start: i.line,
        end: i.endLine
    }));
    // Global comments may sit anywhere, blank lines around them.
    doc.lines.forEach((raw, index) => {
        const text = raw.trim();
        if (!text.startsWith('#') || !/\sglobal\s/i.test(text))
            return;
        const found = read(text, index + 1, rules, unknown);
        if (found?.comment.scope === 'file')
            fileWide.push(found);
    });
    for (const instruction of doc.instructions) {
        const applied = [];
        for (let n = instruction.line - 1; n >= 1; n--) {
            const text = doc.lines[n - 1]?.trim() ?? '';
            if (!text.startsWith('#'))
                break;
            if (/\sglobal\s/i.test(text))
                continue;
            const found = read(text, n, rules, unknown);
            if (found)
                applied.push(found);
        }
        byInstruction.set(instruction.line, applied);
    }
    return {
        unknown,
        lookup(ruleId, line) {
            const owner = starts.find((s) => s.start <= line && line <= s.end);
            const candidates = [
                ...(owner ? (byInstruction.get(owner.start) ?? []) : []),
                ...fileWide
            ];
            const hit = candidates.find((a) => a.ruleIds.has(ruleId));
            if (!hit)
                return undefined;
            return {
                kind: 'inline',
                reason: hit.comment.reason ??
                    `${hit.comment.syntax === 'hadolint' ? 'hadolint ignore' : 'csg-ignore'} comment without a reason`,
                by: `${path}:${hit.line}`
            };
        }
    };
}
function read(text, line, rules, unknown) {
    const comment = (0,_suppression_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSuppression */ .$)(text);
    if (!comment)
        return undefined;
    const resolved = (0,_suppression_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveSuppression */ .I)(comment, rules);
    for (const id of resolved.unknownIds) {
        if (comment.syntax === 'hadolint' && HADOLINT_ID.test(id))
            continue;
        unknown.push({ id, line });
    }
    return { line, comment, ruleIds: resolved.ruleIds };
}


/***/ }),

/***/ 7933:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ toPolicyFinding)
/* harmony export */ });
/* harmony import */ var _findings_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4948);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9059);


/**
 * A policy finding for `hit` of `meta` in the repository-relative `path`.
 * The fingerprint is rule, path and the hit's key: never the line.
 */
function toPolicyFinding(meta, hit, path, policy, suppression) {
    const severity = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleSeverity */ .u)(meta, policy, hit.severity);
    return {
        rule: meta,
        source: 'policy',
        kind: 'policy',
        severity,
        score: _findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SCORES */ .UT[severity],
        message: hit.message,
        location: { path, region: hit.region },
        target: path,
        fingerprint: (0,_findings_index_js__WEBPACK_IMPORTED_MODULE_0__/* .fingerprintOf */ .ax)(meta.id, path, hit.key),
        ...(suppression ? { suppression } : {})
    };
}


/***/ }),

/***/ 9452:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ policyScanner),
/* harmony export */   bP: () => (/* binding */ finalStageFromLine),
/* harmony export */   cy: () => (/* binding */ policyRules)
/* harmony export */ });
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(643);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7406);
/* harmony import */ var _checkers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8378);
/* harmony import */ var _dockerfile_helpers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(514);
/* harmony import */ var _dockerfile_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6670);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_checkers_js__WEBPACK_IMPORTED_MODULE_2__, _dockerfile_helpers_js__WEBPACK_IMPORTED_MODULE_3__, _dockerfile_model_js__WEBPACK_IMPORTED_MODULE_4__]);
([_checkers_js__WEBPACK_IMPORTED_MODULE_2__, _dockerfile_helpers_js__WEBPACK_IMPORTED_MODULE_3__, _dockerfile_model_js__WEBPACK_IMPORTED_MODULE_4__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);
/**
 * The policy scanner: checks Dockerfiles, Compose files and `docker run`
 * lines against the hardening catalogue (POLICY.md), one outcome per kind
 * of file.
 */





/**
 * Every rule of every file checker, for SARIF rule metadata and docs; a
 * rule two checkers share (seccomp rules) is listed once.
 */
function policyRules() {
    const byId = new Map();
    for (const rule of _checkers_js__WEBPACK_IMPORTED_MODULE_2__/* .fileCheckers */ .z.flatMap((checker) => checker.rules)) {
        if (!byId.has(rule.id))
            byId.set(rule.id, rule);
    }
    return [...byId.values()];
}
/**
 * The 1-based line of the final stage's FROM in a Dockerfile's text, so
 * image findings can point at it; undefined when there is no FROM.
 */
function finalStageFromLine(text) {
    const doc = (0,_dockerfile_model_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDockerfile */ .A)(text);
    return doc.stages.length > 0 ? (0,_dockerfile_helpers_js__WEBPACK_IMPORTED_MODULE_3__/* .finalStage */ .BD)(doc)?.from.line : undefined;
}
const TARGETS = {
    dockerfile: { kind: 'dockerfile', name: 'Dockerfiles' },
    compose: { kind: 'compose', name: 'Compose files' },
    script: { kind: 'repository', name: 'docker run command lines' }
};
function filesFor(kind, plan) {
    if (kind === 'dockerfile')
        return plan.dockerfiles;
    if (kind === 'compose')
        return plan.composeFiles;
    return plan.scripts;
}
// One checker over its files: ok, skipped (no files) or failed (a file
// could not be read or parsed; the other files' findings are kept).
async function runChecker(checker, context) {
    const base = {
        scanner: 'policy',
        tool: 'policy',
        target: TARGETS[checker.kind]
    };
    const files = filesFor(checker.kind, context.plan);
    const start = node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now();
    if (files.length === 0) {
        return {
            ...base,
            status: 'skipped',
            reason: `no ${base.target.name} to check`,
            durationMs: 0
        };
    }
    let result;
    try {
        result = await checker.check(files, context.plan.root, context.config.policy);
    }
    catch (error) {
        const failure = new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScannerError */ .VM('BAD_OUTPUT', 'policy', `The ${checker.kind} policy engine failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorText */ .kc)(error)}`, { cause: error });
        return {
            ...base,
            status: 'failed',
            error: failure,
            durationMs: node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now() - start
        };
    }
    const durationMs = node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now() - start;
    context.logger.info(`policy: checked ${files.length} file(s) (${files.slice(0, 5).join(', ')}${files.length > 5 ? ', …' : ''}): ${result.findings.length} finding(s), ${result.errors.length} unreadable, in ${Math.round(durationMs)} ms`);
    if (result.errors.length === 0) {
        return { ...base, status: 'ok', findings: result.findings, durationMs };
    }
    for (const e of result.errors)
        context.logger.warning(e.message);
    const error = new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScannerError */ .VM('BAD_OUTPUT', 'policy', result.errors.map((e) => e.message).join('; '), { hint: 'Fix or exclude the files named; the other files were checked.' });
    return {
        ...base,
        status: 'failed',
        error,
        findings: result.findings,
        durationMs
    };
}
/** The policy scanner (`policy`): one outcome per kind of file. */
const policyScanner = {
    name: 'policy',
    async scan(context) {
        // One after the other, so that each checker's log lines stay inside
        // its own group; the checkers are CPU-bound, so nothing is lost.
        const outcomes = [];
        for (const checker of _checkers_js__WEBPACK_IMPORTED_MODULE_2__/* .fileCheckers */ .z) {
            const name = `policy: ${TARGETS[checker.kind].name}`;
            outcomes.push(await context.logger.group(name, () => runChecker(checker, context)));
        }
        return outcomes;
    }
};

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 2426:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ checkScripts)
/* harmony export */ });
/* harmony import */ var _compose_inline_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3382);
/* harmony import */ var _compose_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5622);
/* harmony import */ var _compose_unknown_suppression_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3071);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7933);
/* harmony import */ var _seccomp_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8481);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9059);
/* harmony import */ var _extract_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5064);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8618);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7981);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_extract_js__WEBPACK_IMPORTED_MODULE_4__]);
_extract_js__WEBPACK_IMPORTED_MODULE_4__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];









const METAS = [
    ..._rules_index_js__WEBPACK_IMPORTED_MODULE_6__/* .RUN_LINE_RULES */ .Z.map((r) => r.meta),
    _compose_unknown_suppression_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN_SUPPRESSION */ .P
];
/**
 * Checks the `docker run` and `docker service create` lines of scripts
 * and CI files, and the seccomp profiles they name.
 */
async function checkScripts(files, root, policy) {
    const findings = [];
    const errors = [];
    const seccomp = [];
    for (const file of files) {
        const read = await (0,_compose_load_js__WEBPACK_IMPORTED_MODULE_0__/* .readText */ .yR)(root, file);
        if ('message' in read) {
            errors.push({ path: file, message: `Script ${file}: ${read.message}` });
            continue;
        }
        const inline = new _compose_inline_js__WEBPACK_IMPORTED_MODULE_7__/* .InlineSuppressions */ .S(read.text, file, METAS);
        const commands = (0,_extract_js__WEBPACK_IMPORTED_MODULE_4__/* .extractCommands */ .A)(read.text, file).map(_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommand */ .R);
        for (const command of commands) {
            findings.push(...commandFindings(command, policy, inline));
            seccomp.push(...seccompRefs(command));
        }
        if ((0,_settings_js__WEBPACK_IMPORTED_MODULE_8__/* .isRuleEnabled */ .E)(_compose_unknown_suppression_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN_SUPPRESSION */ .P, policy))
            for (const unknown of inline.unknownIds())
                findings.push((0,_compose_unknown_suppression_js__WEBPACK_IMPORTED_MODULE_1__/* .unknownSuppressionFinding */ .g)(file, unknown, policy));
    }
    const cache = new Map();
    const load = (file) => {
        const loaded = cache.get(file) ?? (0,_compose_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadYaml */ .yv)(root, file);
        cache.set(file, loaded);
        return loaded;
    };
    const profiles = await (0,_seccomp_index_js__WEBPACK_IMPORTED_MODULE_3__/* .checkSeccompProfiles */ .jZ)(seccomp, policy, load);
    return {
        findings: [...findings, ...profiles.findings],
        errors: [...errors, ...profiles.errors]
    };
}
function commandFindings(command, policy, inline) {
    const first = command.command.docker.place.region.startLine;
    const findings = [];
    for (const rule of _rules_index_js__WEBPACK_IMPORTED_MODULE_6__/* .RUN_LINE_RULES */ .Z) {
        if (!(0,_settings_js__WEBPACK_IMPORTED_MODULE_8__/* .isRuleEnabled */ .E)(rule.meta, policy))
            continue;
        for (const hit of rule.check(command)) {
            // A comment can only sit above the command's first line.
            const suppression = inline.suppressionFor(rule.meta.id, hit.region.startLine) ??
                inline.suppressionFor(rule.meta.id, first);
            findings.push((0,_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .toPolicyFinding */ .X)(rule.meta, hit, hit.path, policy, suppression));
        }
    }
    return findings;
}
function seccompRefs(command) {
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .optionsNamed */ .Y)(command, 'security-opt').flatMap((option) => {
        const match = /^seccomp[:=](.*)$/i.exec(option.value ?? '');
        const value = match?.[1] ?? '';
        // A path on more than one line, or longer than any file name, names
        // no profile; it would only carry file text into an error message.
        if (!match || !(0,_seccomp_index_js__WEBPACK_IMPORTED_MODULE_3__/* .isProfileValue */ .Hk)(value))
            return [];
        if (value.length > 255 || /\p{Cc}/u.test(value))
            return [];
        return [{ written: value, from: option.word.place }];
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 9674:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ isScriptCandidate)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

/**
 * True for files that may hold `docker run` lines: shell scripts,
 * Makefiles, GitHub workflows and GitLab CI files.
 */
function isScriptCandidate(file) {
    const normal = file.replaceAll('\\', '/');
    const base = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(normal);
    if (/\.(sh|bash|mk)$/i.test(base))
        return true;
    if (/^(GNU)?makefile$/i.test(base))
        return true;
    if (/(^|\.)gitlab-ci\.ya?ml$/i.test(base))
        return true;
    return /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(normal);
}


/***/ }),

/***/ 6907:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ engineCall)
/* harmony export */ });
/* unused harmony export isEngine */
/* harmony import */ var _dockerfile_shell_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5765);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_dockerfile_shell_js__WEBPACK_IMPORTED_MODULE_0__]);
_dockerfile_shell_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];

// Engines that take `docker run`'s flags.
const ENGINES = new Set(['docker', 'podman', 'nerdctl']);
// `$(DOCKER)`, `${PODMAN}`, `$CONTAINER_ENGINE`: a variable that names one.
const ENGINE_VARIABLE = /^\$(?:\(([A-Za-z_]\w*)\)|\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))$/;
const ENGINE_NAME = /docker|podman|nerdctl|^(?:(?:oci|container)_)?(?:engine|runtime|cli)$/i;
// Global options of the engines that take a value (`docker -H x run`).
const GLOBAL_VALUE_OPTIONS = new Set([
    '-H',
    '--host',
    '-c',
    '--context',
    '--config',
    '-l',
    '--log-level',
    '--connection',
    '--url',
    '--identity',
    '--root',
    '--runroot',
    '-n',
    '--namespace',
    '-a',
    '--address'
]);
/** True for a word naming a container engine that takes docker's flags. */
function isEngine(word) {
    if (ENGINES.has((0,_dockerfile_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .baseName */ .Fl)(word)))
        return true;
    const match = ENGINE_VARIABLE.exec(word);
    const name = match?.[1] ?? match?.[2] ?? match?.[3];
    return !!name && ENGINE_NAME.test(name) && !/compose/i.test(name);
}
// Known limitation: only `sudo`, `env`, `command`, `exec`, `nohup` and
// `time` are looked through, so `timeout 60 docker run`, `xargs docker run`
// and `ssh host docker run` are not read; `docker create` is not checked.
/**
 * Reads `argv` (words unquoted) as `[sudo] docker [global options] run`,
 * `container run` or `service create`; undefined for anything else.
 */
function engineCall(argv) {
    const engine = argv.length - (0,_dockerfile_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .stripPrefixes */ .DT)(argv).length;
    if (!isEngine(argv[engine] ?? ''))
        return undefined;
    let at = engine + 1;
    while ((argv[at] ?? '').startsWith('-')) {
        const option = argv[at] ?? '';
        at += GLOBAL_VALUE_OPTIONS.has(option) ? 2 : 1;
    }
    const first = argv[at];
    const second = argv[at + 1];
    if (first === 'run')
        return { engine, kind: 'run', args: at + 1 };
    if (first === 'container' && second === 'run')
        return { engine, kind: 'run', args: at + 2 };
    if (first === 'service' && second === 'create')
        return { engine, kind: 'service', args: at + 2 };
    return undefined;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 5064:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ extractCommands)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _makefile_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2509);
/* harmony import */ var _piece_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8551);
/* harmony import */ var _shell_walk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9621);
/* harmony import */ var _yaml_scripts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3807);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_shell_walk_js__WEBPACK_IMPORTED_MODULE_1__]);
_shell_walk_js__WEBPACK_IMPORTED_MODULE_1__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];





/**
 * Finds container engine commands in a shell script, Makefile or CI file.
 * Each file is first reduced to the shell it runs (a whole script; the
 * recipes and variables of a Makefile; the `run:`/`script:` values of a
 * CI file), which is then parsed as sh parses it: a command ends at an
 * unescaped newline, `;`, `&&`, `|` and the like, and text in quotes,
 * comments or heredocs is not a command.
 */
function extractCommands(text, file) {
    const starts = (0,_piece_js__WEBPACK_IMPORTED_MODULE_3__/* .lineStarts */ ._$)(text);
    const place = (word) => ({
        text: word.text,
        place: placeAt(starts, word.start, word.end, file)
    });
    return shellOf(text, file)
        .flatMap((piece) => (0,_shell_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .engineCommands */ .n)(piece))
        .map((found) => ({
        kind: found.kind,
        docker: place(found.engine),
        args: found.args.map(place)
    }));
}
function shellOf(text, file) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(file.replaceAll('\\', '/'));
    if (/\.ya?ml$/i.test(base))
        return (0,_yaml_scripts_js__WEBPACK_IMPORTED_MODULE_2__/* .yamlScripts */ .C)(text);
    if (/\.mk$/i.test(base) || /^(GNU)?makefile$/i.test(base))
        return [(0,_makefile_js__WEBPACK_IMPORTED_MODULE_4__/* .makefileShell */ .v)(text)];
    return [(0,_piece_js__WEBPACK_IMPORTED_MODULE_3__/* .wholeFile */ .AA)(text)];
}
function placeAt(starts, start, end, path) {
    const line = (0,_piece_js__WEBPACK_IMPORTED_MODULE_3__/* .lineOf */ .cA)(starts, start);
    const endLine = (0,_piece_js__WEBPACK_IMPORTED_MODULE_3__/* .lineOf */ .cA)(starts, end);
    return {
        path,
        region: {
            startLine: line + 1,
            startColumn: start - (starts[line] ?? 0) + 1,
            endLine: endLine + 1,
            endColumn: end - (starts[endLine] ?? 0) + 1
        }
    };
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 8162:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NG: () => (/* binding */ scriptChecker),
/* harmony export */   ZT: () => (/* reexport safe */ _discover_js__WEBPACK_IMPORTED_MODULE_4__.Z)
/* harmony export */ });
/* unused harmony export runLineRules */
/* harmony import */ var _compose_unknown_suppression_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3071);
/* harmony import */ var _seccomp_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8481);
/* harmony import */ var _checker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2426);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7981);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9674);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_checker_js__WEBPACK_IMPORTED_MODULE_2__]);
_checker_js__WEBPACK_IMPORTED_MODULE_2__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
/** The `docker run` policy: rules, the script checker and discovery. */





/** Every `docker run` rule's metadata. */
const runLineRules = _rules_index_js__WEBPACK_IMPORTED_MODULE_3__/* .RUN_LINE_RULES */ .Z.map((rule) => rule.meta);
/** Checks `docker run` lines in scripts and CI files, and their seccomp profiles. */
const scriptChecker = {
    kind: 'script',
    rules: [...runLineRules, ..._seccomp_index_js__WEBPACK_IMPORTED_MODULE_1__/* .seccompRules */ .YJ, _compose_unknown_suppression_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN_SUPPRESSION */ .P],
    check: _checker_js__WEBPACK_IMPORTED_MODULE_2__/* .checkScripts */ .H
};

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 2509:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ makefileShell)
/* harmony export */ });
/* harmony import */ var _piece_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8551);

// `NAME = value`, `NAME := value`, `export NAME ?= value`...
const ASSIGNMENT = /^(\s*(?:export\s+|override\s+)*[\w.-]+\s*(?:::?=|:::=|[?+!]?=)\s*)/;
/**
 * The shell a Makefile runs, at the same offsets: recipe lines (a tab
 * first, and the lines they continue) without their `@`, `-` and `+`
 * prefixes, and the values of variables (`RUN = docker run ...` is run
 * as `$(RUN)`). Every other line is blanked, so make's own syntax is never
 * read as a command.
 */
function makefileShell(text) {
    // Known limitation: a recipe written on its rule's line (`all: ; docker
    // run ...`) is not read.
    const lines = text.split('\n');
    let continued = false;
    const kept = lines.map((line) => {
        const recipe = continued || line.startsWith('\t');
        const wasContinued = continued;
        continued = /(^|[^\\])(\\\\)*\\\r?$/.test(line);
        if (recipe) {
            if (wasContinued)
                return line;
            return line.replace(/^\t[\s@+-]*/, (prefix) => ' '.repeat(prefix.length));
        }
        const assignment = ASSIGNMENT.exec(line);
        if (assignment?.[1])
            return ' '.repeat(assignment[1].length) + line.slice(assignment[1].length);
        continued = false;
        return ' '.repeat(line.length);
    });
    return { text: kept.join('\n'), lineOffsets: (0,_piece_js__WEBPACK_IMPORTED_MODULE_0__/* .lineStarts */ ._$)(text) };
}


/***/ }),

/***/ 8618:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ parseCommand),
/* harmony export */   Y: () => (/* binding */ optionsNamed)
/* harmony export */ });
const SHORT = {
    e: 'env',
    v: 'volume',
    p: 'publish',
    u: 'user',
    w: 'workdir',
    m: 'memory',
    c: 'cpu-shares',
    h: 'hostname',
    l: 'label',
    a: 'attach',
    d: 'detach',
    i: 'interactive',
    t: 'tty',
    P: 'publish-all',
    q: 'quiet'
};
// Options that take no value; every other option takes one.
const FLAGS = new Set([
    'detach',
    'interactive',
    'tty',
    'rm',
    'privileged',
    'read-only',
    'init',
    'publish-all',
    'no-healthcheck',
    'oom-kill-disable',
    'quiet',
    'help',
    'disable-content-trust',
    'sig-proxy',
    'with-registry-auth',
    'no-resolve-image'
]);
/** Reads the options of a docker command up to its image. */
function parseCommand(command) {
    const options = [];
    const words = command.args;
    let opaque = false;
    for (let i = 0; i < words.length; i++) {
        const word = words[i];
        const text = word.text;
        if (text === '--')
            return done(words[i + 1]);
        if (text.startsWith('$')) {
            opaque = true;
            continue;
        }
        if (!text.startsWith('-') || text === '-')
            return done(word);
        const parsed = text.startsWith('--')
            ? [longOption(text)]
            : shortOptions(text);
        for (const [index, { name, value }] of parsed.entries()) {
            const last = index === parsed.length - 1;
            if (value !== undefined || FLAGS.has(name) || !last) {
                options.push({ name, word, ...(value === undefined ? {} : { value }) });
                continue;
            }
            const next = words[i + 1];
            i++;
            options.push({ name, word, ...(next ? { value: next.text } : {}) });
        }
    }
    return done(undefined);
    function done(image) {
        return { command, options, opaque, ...(image ? { image } : {}) };
    }
}
function longOption(text) {
    const eq = text.indexOf('=');
    if (eq < 0)
        return { name: text.slice(2) };
    return { name: text.slice(2, eq), value: text.slice(eq + 1) };
}
// `-it`, `-e X=1`, `-eX=1`, `-v/a:/b`: the first option taking a value
// takes the rest of the word, if any.
function shortOptions(text) {
    const result = [];
    for (let i = 1; i < text.length; i++) {
        const letter = text[i] ?? '';
        const name = SHORT[letter] ?? letter;
        const rest = text.slice(i + 1).replace(/^=/, '');
        if (!FLAGS.has(name) && rest !== '') {
            result.push({ name, value: rest });
            break;
        }
        result.push({ name });
    }
    return result;
}
/** The options named any of `names`. */
function optionsNamed(parsed, ...names) {
    return parsed.options.filter((option) => names.includes(option.name));
}


/***/ }),

/***/ 8551:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ wholeFile),
/* harmony export */   SU: () => (/* binding */ fileOffset),
/* harmony export */   _$: () => (/* binding */ lineStarts),
/* harmony export */   cA: () => (/* binding */ lineOf)
/* harmony export */ });
/** Offsets at which each line of `text` starts. */
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text[i] === '\n')
            starts.push(i + 1);
    return starts;
}
/** Index into `starts` of the line holding `offset` (binary search). */
function lineOf(starts, offset) {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((starts[mid] ?? 0) <= offset)
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}
/** A piece that is the file itself, offsets unchanged. */
function wholeFile(text) {
    return { text, lineOffsets: lineStarts(text) };
}
/** Maps `offset` in `piece.text` (whose line starts are `starts`) to the file. */
function fileOffset(piece, starts, offset) {
    const line = lineOf(starts, offset);
    return (piece.lineOffsets[line] ?? 0) + offset - (starts[line] ?? 0);
}


/***/ }),

/***/ 7981:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ RUN_LINE_RULES)
});

// EXTERNAL MODULE: ./build/src/scanners/policy/runlines/parse.js
var parse = __webpack_require__(8618);
;// CONCATENATED MODULE: ./build/src/scanners/policy/runlines/rule-kit.js
/** Metadata of a run-line rule. */
function runLineMeta(spec) {
    return {
        id: `CSG-${spec.concern}`,
        concern: spec.concern,
        title: spec.title,
        help: spec.help,
        defaultSeverity: spec.severity,
        precision: spec.precision ?? 'high',
        tags: ['security', 'docker-run'],
        peers: spec.peers
    };
}
/** A hit on `word`; the key names the command by its image, not its line. */
function hitOn(word, command, message, detail, severity) {
    return {
        path: word.place.path,
        region: word.place.region,
        message,
        key: `${command.command.kind}/${command.image?.text ?? '?'}/${detail}`,
        ...(severity ? { severity } : {})
    };
}
/**
 * How a command is named in messages: `docker run nginx:1`. Only the
 * engine and an image reference are quoted from the file, never other
 * words, so no value written on the line can reach a report.
 */
function describe(command) {
    const engine = engineName(command.command.docker.text);
    const verb = command.command.kind === 'run' ? 'run' : 'service create';
    const image = command.image ? imageLabel(command.image.text) : undefined;
    return image ? `${engine} ${verb} ${image}` : `${engine} ${verb}`;
}
// Longest image reference quoted; real ones stay well under it.
const MAX_IMAGE = 120;
// `registry:5000/team/app:1.2@sha256:...`, `$IMAGE`, `${REGISTRY}/app`,
// `${{ env.IMAGE }}`: image references and the variables that stand for
// them. An `=` or a space never appears in one.
const IMAGE_REFERENCE = /^(?:[\w.:/@-]|\$\{\{ *[\w.-]+ *\}\}|\$\{?\w+\}?|\$\(\w+\))+$/;
/** The image word as a message may show it, or undefined when it is not one. */
function imageLabel(text) {
    if (text.length > MAX_IMAGE || !IMAGE_REFERENCE.test(text))
        return undefined;
    return text;
}
// `docker`, `podman`, `nerdctl`, or a variable standing for one.
function engineName(text) {
    const name = text.slice(text.lastIndexOf('/') + 1);
    return /^[\w$(){}.-]{1,40}$/.test(name) ? name : 'docker';
}
/**
 * A rule for a flag that must be present: it fires at the `docker` word
 * when none of `names` is given, unless variables hide the options.
 */
function requiredFlagRule(meta, satisfied, missing, appliesTo = ['run', 'service']) {
    return {
        meta,
        check: (command) => {
            if (command.opaque || !appliesTo.includes(command.command.kind))
                return [];
            if (satisfied(command))
                return [];
            return [
                hitOn(command.command.docker, command, `${describe(command)} runs without ${missing}.`, meta.concern)
            ];
        }
    };
}
// Longest path or name quoted from a command line in a message.
const MAX_QUOTED = 80;
/**
 * A word of the file as a message may quote it: its first line only, at
 * most 80 characters, control characters removed.
 */
function shown(text) {
    const line = (text.split(/[\r\n]/)[0] ?? '').replace(/\p{Cc}/gu, '');
    const cut = line.length > MAX_QUOTED || line.length < text.length;
    return cut ? `${line.slice(0, MAX_QUOTED)}...` : line;
}

;// CONCATENATED MODULE: ./build/src/scanners/policy/runlines/rules/R1.js


/** CSG-R1: `docker run --privileged`. */
const R1 = {
    meta: runLineMeta({
        concern: 'R1',
        title: 'docker run --privileged',
        severity: 'CRITICAL',
        help: '--privileged gives the container every capability and all host devices; a compromise of the container is a compromise of the host. Remove it and add only the capability or device needed.',
        peers: ['CSG-C1', 'CIS-5.4'],
        precision: 'very-high'
    }),
    check: (command) => (0,parse/* optionsNamed */.Y)(command, 'privileged')
        .filter((o) => o.value === undefined || o.value === 'true')
        .map((o) => hitOn(o.word, command, `${describe(command)} runs privileged.`, 'privileged'))
};

// EXTERNAL MODULE: ./build/src/scanners/policy/compose/rules/C2.js
var C2 = __webpack_require__(1370);
;// CONCATENATED MODULE: ./build/src/scanners/policy/runlines/rules/R2.js



/** CSG-R2: `--cap-add ALL` or a dangerous capability. */
const R2 = {
    meta: runLineMeta({
        concern: 'R2',
        title: 'docker run adds all or dangerous capabilities',
        severity: 'HIGH',
        help: '--cap-add ALL equals --privileged; SYS_ADMIN, SYS_PTRACE, SYS_MODULE, NET_ADMIN and DAC_READ_SEARCH open known escapes. Drop ALL and add back only the narrow capability needed.',
        peers: ['CSG-C2', 'CIS-5.3']
    }),
    check: (command) => (0,parse/* optionsNamed */.Y)(command, 'cap-add').flatMap((option) => (option.value ?? '').split(',').flatMap((cap) => {
        const name = (0,C2/* capabilityName */.IN)(cap);
        const severity = (0,C2/* capabilitySeverity */.CQ)(name);
        if (!severity)
            return [];
        return [
            hitOn(option.word, command, `${describe(command)} adds capability ${name}.`, `cap-add/${name}`, severity)
        ];
    }))
};

;// CONCATENATED MODULE: ./build/src/scanners/policy/runlines/rules/R3.js



/** CSG-R3: no `--cap-drop ALL`. */
const R3 = requiredFlagRule(runLineMeta({
    concern: 'R3',
    title: 'docker run without --cap-drop ALL',
    severity: 'LOW',
    help: 'Containers start with a default set of capabilities most never use. Add --cap-drop ALL and give back only what the process needs with --cap-add.',
    peers: ['CSG-C3', 'CIS-5.3']
}), (command) => (0,parse/* optionsNamed */.Y)(command, 'cap-drop').some((o) => (o.value ?? '').split(',').some((cap) => (0,C2/* capabilityName */.IN)(cap) === 'ALL')), '--cap-drop ALL');

;// CONCATENATED MODULE: ./build/src/scanners/policy/runlines/rules/R4.js


/** CSG-R4: `--net host` / `--network host`. */
const R4 = {
    meta: runLineMeta({
        concern: 'R4',
        title: 'docker run on the host network',
        severity: 'HIGH',
        help: "--network host removes network isolation: the container can bind any host port and reach services listening on the host's localhost. Use a user-defined network and publish only the ports needed.",
        peers: ['CSG-C4', 'CIS-5.9'],
        precision: 'very-high'
    }),
    check: (command) => (0,parse/* optionsNamed */.Y)(command, 'net', 'network')
        .filter((o) => o.value?.toLowerCase() === 'host')
        .map((o) => hitOn(o.word, command, `${describe(command)} uses the host network.`, 'network'))
};

;// CONCATENATED MODULE: ./build/src/scanners/policy/runlines/rules/R5.js


/** CSG-R5: `--pid`, `--ipc`, `--uts`, `--userns` or `--cgroupns` host. */
const R5 = {
    meta: runLineMeta({
        concern: 'R5',
        title: 'docker run shares a host namespace',
        severity: 'HIGH',
        help: "--pid host, --ipc host, --uts host, --userns host and --cgroupns host share the host's processes, shared memory, hostname, user IDs or cgroups with the container. Remove them.",
        peers: [
            'CSG-C5',
            'CSG-C6',
            'CSG-C7',
            'CSG-C8',
            'CIS-5.15',
            'CIS-5.16',
            'CIS-5.20',
            'CIS-5.30'
        ],
        precision: 'very-high'
    }),
    check: (command) => (0,parse/* optionsNamed */.Y)(command, 'pid', 'ipc', 'uts', 'userns', 'cgroupns')
        .filter((o) => o.value?.toLowerCase() === 'host')
        .map((o) => hitOn(o.word, command, `${describe(command)} shares the host ${o.name} namespace.`, o.name))
};

// EXTERNAL MODULE: ./build/src/scanners/policy/compose/rules/C9.js
var C9 = __webpack_require__(9039);
;// CONCATENATED MODULE: ./build/src/scanners/policy/runlines/mounts.js

/** Host paths a command binds: `-v /a:/b`, `--mount type=bind,src=/a,...`. */
function hostMounts(command) {
    const volumes = (0,parse/* optionsNamed */.Y)(command, 'volume').flatMap((option) => {
        const source = (option.value ?? '').split(':')[0] ?? '';
        return /^[/~$]/.test(source) ? [{ source, option }] : [];
    });
    const mounts = (0,parse/* optionsNamed */.Y)(command, 'mount').flatMap((option) => {
        const fields = new Map((option.value ?? '').split(',').map((f) => {
            const eq = f.indexOf('=');
            return eq < 0 ? [f, ''] : [f.slice(0, eq), f.slice(eq + 1)];
        }));
        const source = fields.get('source') ?? fields.get('src');
        const type = fields.get('type') ?? 'volume';
        return type === 'bind' && source ? [{ source, option }] : [];
    });
    return [...volumes, ...mounts];
}

;// CONCATENATED MODULE: ./build/src/scanners/policy/runlines/rules/R6.js



/** CSG-R6: the engine socket is mounted into a container. */
const R6 = {
    meta: runLineMeta({
        concern: 'R6',
        title: 'docker run mounts the engine socket',
        severity: 'CRITICAL',
        help: 'Mounting /var/run/docker.sock gives the container full control of the engine and so of the host, read-only or not. Remove the mount, or put a filtering socket proxy in front of the API.',
        peers: ['CSG-C9', 'CIS-5.31'],
        precision: 'very-high'
    }),
    check: (command) => hostMounts(command)
        .filter((m) => (0,C9/* isEngineSocket */.w)(m.source))
        .map((m) => hitOn(m.option.word, command, `${describe(command)} mounts the engine socket ${shown(m.source)}.`, `mount/${m.source}`))
};

// EXTERNAL MODULE: ./build/src/scanners/policy/compose/sensitive-paths.js
var sensitive_paths = __webpack_require__(1954);
;// CONCATENATED MODULE: ./build/src/scanners/policy/runlines/rules/R7.js




/** CSG-R7: a sensitive host directory is mounted. */
const R7 = {
    meta: runLineMeta({
        concern: 'R7',
        title: 'docker run mounts a sensitive host directory',
        severity: 'HIGH',
        help: 'Binding host system directories (/, /etc, /proc, /sys, /dev, /root, /var/run...) or credential folders (~/.ssh, ~/.aws) lets the container read host secrets or change the host. Mount a dedicated data directory or a named volume.',
        peers: ['CSG-C10', 'CIS-5.5']
    }),
    check: (command) => hostMounts(command).flatMap((m) => {
        const dir = (0,C9/* isEngineSocket */.w)(m.source)
            ? undefined
            : (0,sensitive_paths/* sensitiveHostDir */.M)(m.source);
        if (!dir)
            return [];
        return [
            hitOn(m.option.word, command, `${describe(command)} mounts the host path ${shown(m.source)} (inside ${dir}).`, `mount/${m.source}`, dir === '/' ? 'CRITICAL' : undefined)
        ];
    })
};

;// CONCATENATED MODULE: ./build/src/scanners/policy/runlines/rules/R8.js


/** CSG-R8: no `--read-only`. */
const R8 = requiredFlagRule(runLineMeta({
    concern: 'R8',
    title: 'docker run without --read-only',
    severity: 'LOW',
    help: "Without --read-only a process that gets code execution can change the container's files and persist. Add --read-only and --tmpfs /tmp (or a volume) for paths that must be written.",
    peers: ['CSG-C11', 'CIS-5.12']
}), (command) => (0,parse/* optionsNamed */.Y)(command, 'read-only').some((o) => o.value === undefined || o.value === 'true'), '--read-only');

;// CONCATENATED MODULE: ./build/src/scanners/policy/runlines/rules/R9.js


/** CSG-R9: no `--security-opt no-new-privileges`. */
const R9 = requiredFlagRule(runLineMeta({
    concern: 'R9',
    title: 'docker run without no-new-privileges',
    severity: 'LOW',
    help: 'Without --security-opt no-new-privileges a process in the container can gain privileges through setuid binaries. Add --security-opt no-new-privileges.',
    peers: ['CSG-C12', 'CIS-5.25']
}), (command) => (0,parse/* optionsNamed */.Y)(command, 'security-opt').some((o) => /^no-new-privileges([:=]true)?$/i.test(o.value ?? '')), '--security-opt no-new-privileges', ['run']);

;// CONCATENATED MODULE: ./build/src/scanners/policy/runlines/rules/R10.js


/** CSG-R10: no memory limit. */
const R10 = requiredFlagRule(runLineMeta({
    concern: 'R10',
    title: 'docker run without a memory limit',
    severity: 'LOW',
    help: 'A container without a memory limit can exhaust the host. Add --memory (docker service create: --limit-memory).',
    peers: ['CSG-C15', 'CIS-5.10']
}), (command) => (0,parse/* optionsNamed */.Y)(command, 'memory', 'limit-memory').length > 0, 'a memory limit (--memory)');

;// CONCATENATED MODULE: ./build/src/scanners/policy/runlines/rules/R11.js


/** CSG-R11: no PIDs limit. */
const R11 = requiredFlagRule(runLineMeta({
    concern: 'R11',
    title: 'docker run without a PIDs limit',
    severity: 'LOW',
    help: 'Without a PIDs limit a fork bomb in the container exhausts the host process table. Add --pids-limit (docker service create: --limit-pids).',
    peers: ['CSG-C17', 'CIS-5.28']
}), (command) => (0,parse/* optionsNamed */.Y)(command, 'pids-limit', 'limit-pids').some((o) => !['0', '-1'].includes(o.value ?? '')), 'a PIDs limit (--pids-limit)');

// EXTERNAL MODULE: ./build/src/scanners/policy/compose/secret-names.js
var secret_names = __webpack_require__(2842);
;// CONCATENATED MODULE: ./build/src/scanners/policy/runlines/rules/R12.js



/** CSG-R12: a credential passed with `-e NAME=value`. */
const R12 = {
    meta: runLineMeta({
        concern: 'R12',
        title: 'docker run passes a secret in the environment',
        severity: 'HIGH',
        help: 'A password written in -e NAME=value is committed with the script, shows in the process list of the host and in docker inspect. Use a secret file mounted read-only (or docker secret with services) and have the process read it; many images accept a *_FILE variable.',
        peers: ['CSG-C18'],
        precision: 'high'
    }),
    check: (command) => (0,parse/* optionsNamed */.Y)(command, 'env', 'e').flatMap((option) => {
        const text = option.value ?? '';
        const eq = text.indexOf('=');
        if (eq < 0)
            return [];
        const name = text.slice(0, eq);
        if (!(0,secret_names/* isSecretName */.e)(name) ||
            (0,secret_names/* secretValueKind */.q)(text.slice(eq + 1)) === 'empty')
            return [];
        const literal = (0,secret_names/* secretValueKind */.q)(text.slice(eq + 1)) === 'literal';
        // The name only: the value is what must never be repeated.
        const label = /^\w{1,80}$/.test(name) ? name : 'a secret-named variable';
        return [
            hitOn(option.word, command, literal
                ? `${describe(command)} has ${label} written on its command line.`
                : `${describe(command)} passes ${label} through the environment and argv.`, `env/${name}`, literal ? undefined : 'MEDIUM')
        ];
    })
};

;// CONCATENATED MODULE: ./build/src/scanners/policy/runlines/rules/R13.js


const UNCONFINED = /^(seccomp[:=]unconfined|apparmor[:=]unconfined|label[:=]disable|label[:=]type:spc_t)$/i;
/** CSG-R13: seccomp, AppArmor or SELinux turned off. */
const R13 = {
    meta: runLineMeta({
        concern: 'R13',
        title: 'docker run turns off seccomp, AppArmor or SELinux',
        severity: 'HIGH',
        help: '--security-opt seccomp=unconfined, apparmor=unconfined and label=disable remove the kernel filters that stop a root process in the container from reaching the host. Remove the option, or give a profile written for the program.',
        peers: ['CSG-C13', 'CSG-C14', 'CIS-5.1', 'CIS-5.2', 'CIS-5.21'],
        precision: 'very-high'
    }),
    check: (command) => (0,parse/* optionsNamed */.Y)(command, 'security-opt')
        .filter((o) => UNCONFINED.test(o.value ?? ''))
        .map((o) => hitOn(o.word, command, `${describe(command)} runs with ${o.value}.`, `security-opt/${o.value}`))
};

;// CONCATENATED MODULE: ./build/src/scanners/policy/runlines/rules/index.js













/** Every `docker run` rule. */
const RUN_LINE_RULES = [
    R1,
    R2,
    R3,
    R4,
    R5,
    R6,
    R7,
    R8,
    R9,
    R10,
    R11,
    R12,
    R13
];


/***/ }),

/***/ 9621:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ engineCommands)
/* harmony export */ });
/* harmony import */ var _dockerfile_shell_parser_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3133);
/* harmony import */ var _dockerfile_shell_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5765);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6907);
/* harmony import */ var _piece_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8551);
/* harmony import */ var _unquote_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9156);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_dockerfile_shell_parser_js__WEBPACK_IMPORTED_MODULE_0__, _dockerfile_shell_js__WEBPACK_IMPORTED_MODULE_1__, _engine_js__WEBPACK_IMPORTED_MODULE_2__]);
([_dockerfile_shell_parser_js__WEBPACK_IMPORTED_MODULE_0__, _dockerfile_shell_js__WEBPACK_IMPORTED_MODULE_1__, _engine_js__WEBPACK_IMPORTED_MODULE_2__] = __webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__);





// `sh -c "sh -c '...'"` nests; three levels is more than scripts use.
const MAX_NESTING = 3;
// Text that may name an engine; a piece without it is not parsed at all.
const MENTION = /docker|podman|nerdctl|\$[({]?\w*(?:engine|runtime|cli)\b/i;
/** Every engine command of `piece`, in the order they are written. */
function engineCommands(piece, depth = 0) {
    if (!MENTION.test(piece.text))
        return [];
    const tree = _dockerfile_shell_parser_js__WEBPACK_IMPORTED_MODULE_0__/* .bashParser */ .s.parse(piece.text);
    if (!tree)
        return [];
    const starts = (0,_piece_js__WEBPACK_IMPORTED_MODULE_3__/* .lineStarts */ ._$)(piece.text);
    const word = (node) => ({
        text: restored(piece, (0,_unquote_js__WEBPACK_IMPORTED_MODULE_4__/* .unquote */ ._)(node.text)),
        start: (0,_piece_js__WEBPACK_IMPORTED_MODULE_3__/* .fileOffset */ .SU)(piece, starts, node.startIndex),
        end: (0,_piece_js__WEBPACK_IMPORTED_MODULE_3__/* .fileOffset */ .SU)(piece, starts, node.endIndex)
    });
    const found = [];
    try {
        // Commands in substitutions and subshells are commands too; the
        // search is iterative, so long `&&` chains cannot overflow the stack.
        for (const node of tree.rootNode.descendantsOfType('command')) {
            if (!node)
                continue;
            const words = commandWords(node);
            const call = (0,_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .engineCall */ .L)(words.map((w) => (0,_unquote_js__WEBPACK_IMPORTED_MODULE_4__/* .unquote */ ._)(w.text)));
            if (call) {
                found.push({
                    engine: word(words[call.engine]),
                    kind: call.kind,
                    args: words.slice(call.args).map(word)
                });
            }
            else if (depth < MAX_NESTING) {
                for (const inner of innerScripts(node, words, piece, starts))
                    found.push(...engineCommands(inner, depth + 1));
            }
        }
    }
    finally {
        tree.delete();
    }
    return found.sort((a, b) => a.engine.start - b.engine.start);
}
// The name and arguments of a command, without assignments and redirects.
function commandWords(node) {
    const name = node.childForFieldName('name');
    const args = node.childrenForFieldName('argument');
    return [name, ...args].filter((n) => n !== null);
}
// The script of `sh -c '<script>'`, or of `sh <<EOF` (the heredoc's text).
function innerScripts(node, words, piece, starts) {
    const argv = words.map((w) => (0,_unquote_js__WEBPACK_IMPORTED_MODULE_4__/* .unquote */ ._)(w.text));
    const run = (0,_dockerfile_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .stripPrefixes */ .DT)(argv);
    if (!(0,_dockerfile_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .isShell */ .H7)(run[0] ?? ''))
        return [];
    const skipped = argv.length - run.length;
    const flag = run.findIndex((a, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(a));
    if (flag >= 0) {
        const script = words[skipped + flag + 1];
        if (!script || !['raw_string', 'string', 'word'].includes(script.type))
            return [];
        const quoted = script.type === 'word' ? 0 : 1;
        return [
            subPiece(piece, starts, script.startIndex + quoted, innerText(script))
        ];
    }
    const redirect = node.parent?.type === 'redirected_statement' ? node.parent : null;
    const bodies = (redirect?.namedChildren ?? [])
        .filter((c) => c?.type === 'heredoc_redirect')
        .map((c) => c?.namedChildren.find((b) => b?.type === 'heredoc_body'));
    return bodies
        .filter((b) => b !== null && b !== undefined)
        .map((b) => subPiece(piece, starts, b.startIndex, b.text));
}
// What the shell hands to `sh -c`: a single-quoted word as written, a
// double-quoted one with its escapes resolved.
function innerText(script) {
    if (script.type === 'raw_string')
        return script.text.slice(1, -1);
    return (0,_unquote_js__WEBPACK_IMPORTED_MODULE_4__/* .unquote */ ._)(script.text);
}
// `text`, found at `offset` of `piece`; its lines map back through `piece`.
// Known limitation: escapes resolved in a double-quoted `sh -c` script
// shift the columns of the words after them on that line.
function subPiece(piece, starts, offset, text) {
    const inner = (0,_piece_js__WEBPACK_IMPORTED_MODULE_3__/* .lineStarts */ ._$)(text);
    return {
        text,
        lineOffsets: inner.map((at) => (0,_piece_js__WEBPACK_IMPORTED_MODULE_3__/* .fileOffset */ .SU)(piece, starts, offset + at)),
        ...(piece.restore ? { restore: piece.restore } : {})
    };
}
// Puts back the CI expressions hidden by placeholders (see yaml-scripts.ts).
function restored(piece, text) {
    if (!piece.restore)
        return text;
    let out = text;
    for (const [placeholder, original] of piece.restore)
        out = out.replaceAll(placeholder, original);
    return out;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 9156:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ unquote)
/* harmony export */ });
/**
 * The value sh gives one word as written, without expanding anything:
 * quotes are removed, backslash escapes resolved and `\` newline joins
 * dropped. `$VAR`, `${VAR}` and `$(...)` are kept as text.
 */
function unquote(raw) {
    let out = '';
    let at = 0;
    while (at < raw.length) {
        const c = raw[at] ?? '';
        if (c === '\\') {
            // A backslash before a newline joins lines; before anything else it
            // stands for that character.
            if (raw[at + 1] !== '\n')
                out += raw[at + 1] ?? '';
            at += 2;
        }
        else if (c === "'" || (c === '$' && raw[at + 1] === "'")) {
            const open = c === '$' ? at + 2 : at + 1;
            const close = closing(raw, open, "'", c === '$');
            const body = raw.slice(open, close);
            out += c === '$' ? body.replace(/\\(.)/g, '$1') : body;
            at = close + 1;
        }
        else if (c === '"') {
            const close = closing(raw, at + 1, '"', true);
            out += raw.slice(at + 1, close).replace(/\\([$`"\\\n])/g, (_, k) => {
                return k === '\n' ? '' : String(k);
            });
            at = close + 1;
        }
        else {
            out += c;
            at++;
        }
    }
    return out;
}
// Index of the quote that closes one opened before `from` (or the end).
function closing(raw, from, quote, escapes) {
    for (let i = from; i < raw.length; i++) {
        if (escapes && raw[i] === '\\')
            i++;
        else if (raw[i] === quote)
            return i;
    }
    return raw.length;
}


/***/ }),

/***/ 3807:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ yamlScripts)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _piece_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8551);


// Keys whose values CI runs as shell: GitHub's `run`, GitLab's `script`,
// `before_script` and `after_script`.
const SCRIPT_KEYS = new Set(['run', 'script', 'before_script', 'after_script']);
/**
 * The shell scripts of a GitHub workflow or GitLab CI file: each `run:` or
 * `script:` value (or item of a `script:` list) as its own piece, read as
 * YAML reads it. Everything else in the file is not shell.
 */
function yamlScripts(text) {
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { uniqueKeys: false });
    const starts = (0,_piece_js__WEBPACK_IMPORTED_MODULE_1__/* .lineStarts */ ._$)(text);
    const pieces = [];
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(document, {
        Pair(_, pair) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) || !SCRIPT_KEYS.has(String(pair.key.value)))
                return;
            for (const scalar of scalarsIn(pair.value))
                pieces.push(withExpressionsHidden(pieceOf(scalar, text, starts)));
        }
    });
    return pieces;
}
function scalarsIn(node) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && typeof node.value === 'string' && node.range)
        return [node];
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return node.items.flatMap((i) => scalarsIn(i));
    return [];
}
function pieceOf(scalar, text, starts) {
    const value = String(scalar.value);
    const start = scalar.range?.[0] ?? 0;
    const lines = value.split('\n').length;
    if (scalar.type === 'BLOCK_LITERAL') {
        return {
            text: value,
            lineOffsets: literalLines(text, starts, start, lines)
        };
    }
    const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE';
    // Known limitation: in folded (`>`) and multi-line quoted or plain
    // scalars YAML joins lines, so findings inside them point at the
    // scalar's first line and their columns are approximate.
    const first = scalar.type === 'BLOCK_FOLDED'
        ? (literalLines(text, starts, start, 1)[0] ?? start)
        : start + (quoted ? 1 : 0);
    return {
        text: value,
        lineOffsets: Array.from({ length: lines }, () => first)
    };
}
// A literal block keeps its lines: line i of the value is line i after the
// `|` header, without the block's indentation.
function literalLines(text, starts, header, count) {
    const headerLine = (0,_piece_js__WEBPACK_IMPORTED_MODULE_1__/* .lineOf */ .cA)(starts, header);
    const lines = Array.from({ length: count }, (_, i) => starts[headerLine + 1 + i] ?? text.length);
    // YAML fixes a block's indentation by its first line that is not blank.
    const first = lines
        .map((at) => /^( *)([^ \r\n]?)/.exec(text.slice(at, at + 400)))
        .find((m) => m?.[2]);
    const width = first?.[1]?.length ?? 0;
    return lines.map((at) => {
        const spaces = /^ */.exec(text.slice(at, at + width))?.[0].length ?? 0;
        return at + Math.min(spaces, width);
    });
}
// `${{ env.IMAGE }}` is not shell; each becomes a variable of the same
// length (`${_e0______}`) so columns hold, and is put back in words.
function withExpressionsHidden(piece) {
    const restore = new Map();
    const text = piece.text.replace(/\$\{\{[^}\n]*\}\}/g, (expression) => {
        const name = `_e${restore.size}`;
        if (name.length + 3 > expression.length)
            return expression;
        const placeholder = `\${${name.padEnd(expression.length - 3, '_')}}`;
        restore.set(placeholder, expression);
        return placeholder;
    });
    return restore.size > 0 ? { ...piece, text, restore } : piece;
}


/***/ }),

/***/ 8481:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jZ: () => (/* binding */ checkSeccompProfiles),
  Hk: () => (/* binding */ isProfileValue),
  YJ: () => (/* binding */ seccompRules)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/scanners/policy/finding.js
var finding = __webpack_require__(7933);
// EXTERNAL MODULE: ./build/src/scanners/policy/settings.js
var settings = __webpack_require__(9059);
// EXTERNAL MODULE: ./build/src/scanners/policy/compose/query.js
var query = __webpack_require__(2843);
// EXTERNAL MODULE: ./build/src/scanners/policy/compose/rule-kit.js
var rule_kit = __webpack_require__(2752);
;// CONCATENATED MODULE: ./build/src/scanners/policy/seccomp/rule-kit.js
/** Seccomp actions that let a call through. */
const ALLOWING = new Set(['SCMP_ACT_ALLOW', 'SCMP_ACT_LOG']);
/** Metadata of a seccomp rule (`S1` becomes `CSG-S1`). */
function seccompMeta(meta) {
    return {
        ...meta,
        id: `CSG-${meta.concern}`,
        precision: meta.precision ?? 'very-high',
        tags: ['security', 'seccomp']
    };
}

;// CONCATENATED MODULE: ./build/src/scanners/policy/seccomp/rules/S1.js



/** CSG-S1: a seccomp profile allows every call it does not list. */
const S1 = {
    meta: seccompMeta({
        concern: 'S1',
        title: 'Seccomp profile allows by default',
        defaultSeverity: 'HIGH',
        help: "A profile whose defaultAction is SCMP_ACT_ALLOW (or SCMP_ACT_LOG) lets through every system call it does not name, including new and rarely used ones, so it protects little more than seccomp:unconfined. Start from Docker's default profile: defaultAction SCMP_ACT_ERRNO and an allow-list.",
        peers: ['CIS-5.21']
    }),
    check: (profile) => {
        const action = (0,query/* entryAt */._f)(profile.root, 'defaultAction')?.value;
        const text = (0,query/* textOf */.b6)(action)?.trim().toUpperCase();
        if (!action || !text || !ALLOWING.has(text))
            return [];
        return [
            (0,rule_kit/* hitAt */.rI)(action.place, `Seccomp profile ${profile.path} allows every system call it does not list (defaultAction ${text}).`, 'defaultAction')
        ];
    }
};

;// CONCATENATED MODULE: ./build/src/scanners/policy/seccomp/rules/S2.js



/** System calls that reach past the container: mounts, namespaces, kernel. */
const DANGEROUS_SYSCALLS = new Set([
    'mount',
    'umount',
    'umount2',
    'fsopen',
    'fsmount',
    'fsconfig',
    'fspick',
    'move_mount',
    'open_tree',
    'pivot_root',
    'ptrace',
    'process_vm_readv',
    'process_vm_writev',
    'keyctl',
    'add_key',
    'request_key',
    'bpf',
    'unshare',
    'setns',
    'kexec_load',
    'kexec_file_load',
    'init_module',
    'finit_module',
    'delete_module',
    'open_by_handle_at',
    'perf_event_open',
    'userfaultfd',
    'reboot',
    'swapon',
    'swapoff',
    'syslog',
    'acct',
    'quotactl',
    'iopl',
    'ioperm',
    'lookup_dcookie',
    'personality',
    'create_module'
]);
/** CSG-S2: a seccomp profile allows a dangerous system call. */
const S2 = {
    meta: seccompMeta({
        concern: 'S2',
        title: 'Seccomp profile allows a dangerous system call',
        defaultSeverity: 'HIGH',
        help: "Docker's default profile blocks system calls such as mount, ptrace, keyctl, bpf, unshare, setns and kexec_load because they reach past the container into the kernel or other processes. A profile that allows them unconditionally reopens those paths. Remove them from the allow-list, or tie them to a capability with includes.caps as Docker does.",
        peers: ['CIS-5.21'],
        precision: 'high'
    }),
    check: (profile) => {
        const defaultAction = (0,query/* textOf */.b6)((0,query/* entryAt */._f)(profile.root, 'defaultAction')?.value);
        // S1 already says everything is allowed.
        if (ALLOWING.has(defaultAction?.trim().toUpperCase() ?? ''))
            return [];
        return (0,query/* itemsOf */.S3)((0,query/* entryAt */._f)(profile.root, 'syscalls')?.value).flatMap((rule) => rule.kind === 'map' ? ruleHits(profile.path, rule) : []);
    }
};
function ruleHits(path, rule) {
    const action = (0,query/* textOf */.b6)((0,query/* entryAt */._f)(rule, 'action')?.value)?.toUpperCase() ?? '';
    if (!ALLOWING.has(action) || (0,query/* entryAt */._f)(rule, 'includes', 'caps'))
        return [];
    const limited = (0,query/* itemsOf */.S3)((0,query/* entryAt */._f)(rule, 'args')?.value).length > 0;
    const minKernel = (0,query/* textOf */.b6)((0,query/* entryAt */._f)(rule, 'includes', 'minKernel')?.value);
    const names = [
        ...(0,query/* scalarItems */.xL)((0,query/* entryAt */._f)(rule, 'names')?.value),
        ...(0,query/* scalarItems */.xL)((0,query/* entryAt */._f)(rule, 'name')?.value)
    ];
    return names.flatMap(({ text, node }) => {
        if (!DANGEROUS_SYSCALLS.has(text))
            return [];
        // Since Linux 4.8 ptrace can no longer bypass seccomp; Docker's own
        // profile allows it on those kernels.
        if (text === 'ptrace' && minKernel && Number.parseFloat(minKernel) >= 4.8)
            return [];
        return [
            (0,rule_kit/* hitAt */.rI)(node.place, `Seccomp profile ${path} allows ${text}${limited ? ' (with argument filters)' : ''}.`, `syscalls/${text}`, limited ? 'MEDIUM' : undefined)
        ];
    });
}

;// CONCATENATED MODULE: ./build/src/scanners/policy/seccomp/index.js





const RULES = [S1, S2];
/** Every seccomp rule's metadata. */
const seccompRules = RULES.map((r) => r.meta);
/**
 * Checks the profiles `refs` name, each once. A profile that cannot be
 * read or parsed is an error of the file that names it.
 */
async function checkSeccompProfiles(refs, policy, load) {
    const result = { findings: [], errors: [] };
    const done = new Set();
    for (const ref of refs) {
        const file = profilePath(ref);
        if (done.has(file))
            continue;
        done.add(file);
        // Known limitation: a profile outside the repository (an absolute host
        // path such as /etc/docker/seccomp.json) cannot be read, so it is skipped.
        if (file.startsWith('../') || external_node_path_.posix.isAbsolute(file))
            continue;
        const loaded = await load(file);
        if (!loaded.ok) {
            result.errors.push({
                path: ref.from.path,
                message: `${ref.from.path}:${ref.from.region.startLine}: seccomp profile ${ref.written} cannot be checked: ${loaded.message}`
            });
            continue;
        }
        for (const rule of RULES) {
            if (!(0,settings/* isRuleEnabled */.E)(rule.meta, policy))
                continue;
            for (const hit of rule.check({ path: file, root: loaded.root }))
                result.findings.push((0,finding/* toPolicyFinding */.X)(rule.meta, hit, hit.path, policy));
        }
    }
    return result;
}
/** True for `security_opt`/`--security-opt` seccomp values naming a file. */
function isProfileValue(value) {
    const text = value.trim();
    return text !== '' && !['unconfined', 'builtin'].includes(text.toLowerCase());
}
function profilePath(ref) {
    const written = ref.written.trim().replaceAll('\\', '/');
    if (external_node_path_.posix.isAbsolute(written))
        return written;
    return external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(ref.from.path), written));
}


/***/ }),

/***/ 9059:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ isRuleEnabled),
/* harmony export */   u: () => (/* binding */ ruleSeverity)
/* harmony export */ });
// Users may write `CSG-D2` or `csg-d2`; the first setting found wins.
function settingFor(meta, policy) {
    const direct = policy.rules[meta.id];
    if (direct)
        return direct;
    const wanted = meta.id.toUpperCase();
    const key = Object.keys(policy.rules).find((k) => k.toUpperCase() === wanted);
    return key === undefined ? undefined : policy.rules[key];
}
/**
 * True when the rule runs: its own setting wins; otherwise rules off by
 * default run only when `level: strict` turns on the strict ones.
 */
function isRuleEnabled(meta, policy) {
    const setting = settingFor(meta, policy);
    if (setting?.enabled !== undefined)
        return setting.enabled;
    if (!meta.offByDefault)
        return true;
    return meta.strict === true && policy.level === 'strict';
}
/** The severity a rule reports at: its setting, else the hit's, else its own. */
function ruleSeverity(meta, policy, hitSeverity) {
    return (settingFor(meta, policy)?.severity ?? hitSeverity ?? meta.defaultSeverity);
}


/***/ }),

/***/ 2339:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ parseSuppression),
/* harmony export */   I: () => (/* binding */ resolveSuppression)
/* harmony export */ });
const PATTERN = /^#?\s*(hadolint|csg-ignore)(\s+global)?(?:\s+ignore)?\s*=\s*([^\s,]+(?:\s*,\s*[^\s,]+)*)(?:\s+reason:\s*(.*))?\s*$/i;
/**
 * Reads one comment (with or without its leading `#`). Returns undefined
 * when the comment is not a suppression.
 */
function parseSuppression(comment) {
    const text = comment.trim();
    const match = PATTERN.exec(text);
    if (!match)
        return undefined;
    const [, tool = '', global, list = '', reason] = match;
    const syntax = tool.toLowerCase() === 'hadolint' ? 'hadolint' : 'csg';
    // hadolint needs the word `ignore`; ours carries it in its name.
    if (syntax === 'hadolint' && !/\signore\s*=/i.test(text))
        return undefined;
    const ids = list
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id.length > 0);
    if (ids.length === 0)
        return undefined;
    return {
        syntax,
        scope: global ? 'file' : 'next',
        ids,
        ...(reason?.trim() ? { reason: reason.trim() } : {})
    };
}
/**
 * Maps the ids of a suppression to the rules it silences: our ids match a
 * rule's id (any case), hadolint ids match a rule's peers. An id that
 * matches nothing is returned in `unknownIds` so it can be reported.
 */
function resolveSuppression(suppression, rules) {
    const ruleIds = new Set();
    const unknownIds = [];
    for (const id of suppression.ids) {
        const wanted = id.toUpperCase();
        const matched = rules.filter((rule) => suppression.syntax === 'csg'
            ? rule.id.toUpperCase() === wanted
            : (rule.peers ?? []).some((peer) => peer.toUpperCase() === wanted));
        if (matched.length === 0)
            unknownIds.push(id);
        for (const rule of matched)
            ruleIds.add(rule.id);
    }
    return { ruleIds, unknownIds };
}


/***/ }),

/***/ 129:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _3: () => (/* reexport */ trivyFsScanner),
  G$: () => (/* reexport */ trivyImageScanner)
});

// UNUSED EXPORTS: parseTrivyReport, pinnedRef, trivyFsArgs, trivyImageArgs

;// CONCATENATED MODULE: ./build/src/scanners/trivy/scope.js
// Trivy names an OS result "<artifact> (<family> <version>)".
const OS_TARGET = /^(\S.*) \(([\w.-]+ [^()\s]+)\)$/;
/**
 * The scope of one result. Image findings point at the image and, when
 * its Dockerfile is known, at the FROM line; repository findings point at
 * the file Trivy named, at its lines or else at line 1.
 */
function scopeOf(result, artifact, options) {
    const rawTarget = typeof result.Target === 'string' ? result.Target : '';
    const image = options.image ?? reportImage(rawTarget, artifact, options.knownImages);
    return image
        ? imageScope(rawTarget, image, artifact)
        : fileScope(normalisePath(rawTarget));
}
// A report read without image options can still be about an image: its
// header says so, or (older shapes) its target is an OS inside one.
function reportImage(target, artifact, known = []) {
    const os = OS_TARGET.exec(target)?.[1];
    const name = artifact.name ?? os;
    if (artifact.type === 'container_image') {
        const planned = known.find((image) => image.ref === name || pinned(image) === name);
        // Known limitation: an image report with no ArtifactName and no OS
        // result cannot name its image, so its findings point at a placeholder.
        const found = { ref: name ?? 'unnamed-image', digest: artifact.digest };
        return planned
            ? { ...planned, digest: planned.digest ?? found.digest }
            : found;
    }
    return artifact.type === undefined && os ? { ref: os } : undefined;
}
function pinned(image) {
    return image.digest && `${repositoryOf(image.ref)}@${image.digest}`;
}
function imageScope(rawTarget, image, artifact) {
    const inner = innerTarget(rawTarget, [image.ref, artifact.name]);
    const target = inner ? `${image.ref} (${inner})` : image.ref;
    const location = {
        image: { ref: image.ref, digest: image.digest },
        ...(image.dockerfile && {
            path: normalisePath(image.dockerfile),
            region: { startLine: image.fromLine ?? 1 }
        })
    };
    return {
        target,
        fingerprintTarget: `${repositoryOf(image.ref)} (${inner})`,
        locate: () => location
    };
}
function fileScope(target) {
    return {
        target,
        fingerprintTarget: target,
        locate: (startLine, endLine, file) => {
            const path = file ? normalisePath(file) : target;
            return path
                ? { path, region: regionOf(startLine, endLine) ?? { startLine: 1 } }
                : {};
        }
    };
}
// What is left of Trivy's target once the artifact's own name is taken
// off: "debian 10.13" for an OS, or a path inside the image.
function innerTarget(target, names) {
    for (const name of names) {
        if (!name)
            continue;
        if (target === name)
            return '';
        if (target.startsWith(`${name} (`) && target.endsWith(')')) {
            return target.slice(name.length + 2, -1);
        }
    }
    return target;
}
/** A region from Trivy's 1-based lines; undefined when it gave none. */
function regionOf(startLine, endLine) {
    if (typeof startLine !== 'number' || !(startLine >= 1))
        return undefined;
    const end = typeof endLine === 'number' && endLine >= startLine ? endLine : undefined;
    return end === undefined ? { startLine } : { startLine, endLine: end };
}
/** Forward slashes, no leading `./`, no doubled separators. */
function normalisePath(target) {
    return target
        .replaceAll('\\', '/')
        .replace(/\/{2,}/g, '/')
        .replace(/^(\.\/)+/, '');
}
/** An image reference without its tag or digest: `ghcr.io/acme/api`. */
function repositoryOf(ref) {
    const name = ref.split('@')[0] ?? ref;
    const colon = name.lastIndexOf(':');
    return colon > name.lastIndexOf('/') ? name.slice(0, colon) : name;
}

;// CONCATENATED MODULE: ./build/src/scanners/trivy/args.js

// Every misconfiguration scanner Trivy 0.50+ knows except `dockerfile`:
// our policy engine checks Dockerfiles, and two verdicts on one line would
// only confuse. Newer scanners (ansible) are left to `skipDockerfileChecks`
// being off, since older Trivy rejects names it does not know.
const MISCONFIG_WITHOUT_DOCKERFILE = [
    'azure-arm',
    'cloudformation',
    'helm',
    'kubernetes',
    'terraform',
    'terraformplan-json',
    'terraformplan-snapshot'
].join(',');
// Folders no repository scan should walk: history and installed packages
// (their lockfile is scanned instead).
const ALWAYS_SKIPPED = ['**/.git', '**/node_modules'];
/**
 * The arguments of `trivy fs` for the repository: JSON to `outputFile`,
 * vulnerabilities, secrets and misconfigurations, every severity (ours to
 * filter), exit code 0 whatever is found. Values the user chose are passed
 * as `--flag=value` and the path after `--`, so none can pose as a flag.
 */
function trivyFsArgs(config, plan, outputFile) {
    const skipDirs = [...ALWAYS_SKIPPED, ...config.trivy.skipDirs];
    return [
        'fs',
        ...commonArgs(config, outputFile),
        '--scanners=vuln,secret,misconfig',
        ...(config.trivy.skipDockerfileChecks
            ? [`--misconfig-scanners=${MISCONFIG_WITHOUT_DOCKERFILE}`]
            : []),
        ...skipDirs.map((dir) => `--skip-dirs=${dir}`),
        '--',
        plan.root
    ];
}
/**
 * The arguments of `trivy image` for one image: a registry reference
 * (pinned to its digest when the plan resolved one) or, for an archive,
 * `--input`. Registry credentials travel in the environment, never here.
 */
function trivyImageArgs(config, image, outputFile) {
    const subject = image.archive
        ? [`--input=${image.ref}`]
        : ['--', pinnedRef(image)];
    return [
        'image',
        ...commonArgs(config, outputFile),
        '--scanners=vuln,secret',
        ...subject
    ];
}
/** `repo@sha256:...` when the digest is known, else the ref as given. */
function pinnedRef(image) {
    if (!image.digest || image.ref.includes('@'))
        return image.ref;
    return `${repositoryOf(image.ref)}@${image.digest}`;
}
function commonArgs(config, outputFile) {
    const { trivy } = config;
    const optional = [
        ['--config', trivy.configFile],
        ['--server', trivy.server],
        ['--db-repository', trivy.dbRepository],
        ['--cache-dir', trivy.cacheDir]
    ];
    return [
        '--format=json',
        `--output=${outputFile}`,
        '--exit-code=0',
        '--no-progress',
        `--timeout=${trivy.timeoutSeconds}s`,
        ...optional
            .filter((pair) => Boolean(pair[1]))
            .map(([flag, value]) => `${flag}=${value}`)
    ];
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: ./build/src/tools/run.js
var run = __webpack_require__(2596);
;// CONCATENATED MODULE: ./build/src/scanners/trivy/fields.js

/** The error for a report we cannot read: it names the file and the fault. */
function badReport(source, problem) {
    return new errors/* ScannerError */.VM('BAD_OUTPUT', 'trivy', `Trivy report ${source}: ${problem}`, {
        hint: 'Produce the report with `trivy image|fs --format json --output FILE`.'
    });
}
/** True for a plain JSON object (not null, not an array). */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The value when it is a non-empty string, else undefined. */
function fields_text(value) {
    return typeof value === 'string' && value.length > 0 ? value : undefined;
}
/** The value when it is a finite positive number, else undefined. */
function positive(value) {
    return typeof value === 'number' && Number.isFinite(value) && value > 0
        ? value
        : undefined;
}
/**
 * The objects in `holder[key]`: absent and null mean none; anything but an
 * array of objects is a broken report, named by its path `where.key[i]`.
 */
function objectsAt(holder, key, where, source) {
    const list = holder[key];
    if (list === undefined || list === null)
        return [];
    if (!Array.isArray(list)) {
        throw badReport(source, `${where}${key} is ${kindOf(list)}, not a list`);
    }
    return list.map((item, index) => {
        if (isObject(item))
            return item;
        throw badReport(source, `${where}${key}[${index}] is ${kindOf(item)}, not an object`);
    });
}
/** Checks that each object has a non-empty string at `key`. */
function requireText(items, key, where, source) {
    items.forEach((item, index) => {
        if (fields_text(item[key]) !== undefined)
            return;
        throw badReport(source, `${where}[${index}] has no ${key}`);
    });
}
/** A short name for a JSON value's type, for messages. */
function kindOf(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
/** The strings of a JSON list; anything else gives none. */
function strings(value) {
    return Array.isArray(value)
        ? value.filter((item) => typeof item === 'string')
        : [];
}

;// CONCATENATED MODULE: ./build/src/scanners/trivy/json-position.js
class SyntaxAt extends Error {
    offset;
    constructor(offset) {
        super('syntax error');
        this.offset = offset;
    }
}
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// Control characters must be escaped inside JSON strings, hence the range.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
/**
 * Where the first JSON syntax error in `text` is, or undefined when the
 * text is valid JSON. `JSON.parse` does not always say where it stopped
 * (V8 often quotes a fragment instead), so this walks the text itself;
 * it only runs after `JSON.parse` has already failed.
 */
function jsonErrorPosition(text) {
    try {
        let at = value(text, skip(text, 0));
        at = skip(text, at);
        if (at < text.length)
            throw new SyntaxAt(at);
        return undefined;
    }
    catch (error) {
        if (!(error instanceof SyntaxAt))
            throw error;
        return positionOf(text, error.offset);
    }
}
function positionOf(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return { line, column };
}
function skip(text, at) {
    while (at < text.length && WHITESPACE.has(text.charAt(at)))
        at++;
    return at;
}
function value(text, at) {
    const char = text.charAt(at);
    if (char === '{')
        return container(text, at, '}', true);
    if (char === '[')
        return container(text, at, ']', false);
    if (char === '"')
        return token(text, at, STRING);
    const literal = LITERALS.find((word) => text.startsWith(word, at));
    if (literal)
        return at + literal.length;
    return token(text, at, NUMBER);
}
function token(text, at, pattern) {
    pattern.lastIndex = at;
    if (!pattern.test(text))
        throw new SyntaxAt(at);
    return pattern.lastIndex;
}
// Objects and arrays share one loop: members separated by commas, each a
// value, preceded in objects by a string key and a colon.
function container(text, start, close, keyed) {
    let at = skip(text, start + 1);
    if (text.charAt(at) === close)
        return at + 1;
    for (;;) {
        if (keyed) {
            if (text.charAt(at) !== '"')
                throw new SyntaxAt(at);
            at = skip(text, token(text, at, STRING));
            if (text.charAt(at) !== ':')
                throw new SyntaxAt(at);
            at = skip(text, at + 1);
        }
        at = skip(text, value(text, at));
        if (text.charAt(at) === close)
            return at + 1;
        if (text.charAt(at) !== ',')
            throw new SyntaxAt(at);
        at = skip(text, at + 1);
    }
}

;// CONCATENATED MODULE: ./build/src/scanners/trivy/report-shape.js

const NEEDS_JSON = 'run Trivy with `--format json` to get a report we can read';
/**
 * Recognises every shape Trivy has written for `--format json`: schema 2,
 * the legacy list of results (schema 1), the literal `null` of old versions
 * with nothing found, and the 2019 map from target to vulnerabilities.
 * Other formats (CycloneDX, SPDX, SARIF, `trivy k8s`) are rejected by name.
 */
function readReportShape(value, source) {
    if (value === null)
        return { artifact: {}, results: [] };
    if (Array.isArray(value)) {
        return { artifact: {}, results: checkResults(value, 'results', source) };
    }
    if (!isObject(value)) {
        throw badReport(source, `is ${kindOf(value)}, not a Trivy JSON report`);
    }
    const foreign = foreignFormat(value);
    if (foreign) {
        throw badReport(source, `is ${foreign}, not a Trivy JSON report; ${NEEDS_JSON}`);
    }
    if ('SchemaVersion' in value || 'Results' in value) {
        return schemaV2(value, source);
    }
    if (isTargetMap(value))
        return targetMap(value, source);
    const keys = Object.keys(value).slice(0, 5).join(', ') || 'none';
    throw badReport(source, `is not a Trivy JSON report (no SchemaVersion or Results; keys: ${keys}); ${NEEDS_JSON}`);
}
// Names the formats Trivy (or a neighbour) writes that are not its JSON
// report, so that the message says what the file is.
function foreignFormat(value) {
    if (value.bomFormat === 'CycloneDX') {
        return 'a CycloneDX SBOM (`--format cyclonedx`)';
    }
    if ('spdxVersion' in value)
        return 'an SPDX SBOM (`--format spdx-json`)';
    if (Array.isArray(value.runs) && 'version' in value) {
        return 'a SARIF log (`--format sarif`)';
    }
    if ('ClusterName' in value || isK8sSummary(value)) {
        return '`trivy k8s` output';
    }
    return undefined;
}
// `trivy k8s --report summary` lists finding ids under lower-case keys.
function isK8sSummary(value) {
    const lists = ['vulnerabilities', 'misconfigurations', 'secrets']
        .map((key) => value[key])
        .filter((list) => list !== undefined);
    return (lists.length > 0 &&
        lists.every((list) => Array.isArray(list) && list.every((id) => typeof id === 'string')));
}
function schemaV2(value, source) {
    const version = value.SchemaVersion;
    if (version !== undefined && version !== 2) {
        throw badReport(source, `has SchemaVersion ${JSON.stringify(version)}; this version reads SchemaVersion 2 (Trivy 0.20 and later)`);
    }
    const results = objectsAt(value, 'Results', '', source);
    return {
        artifact: artifactOf(value),
        results: checkResults(results, 'Results', source)
    };
}
function artifactOf(value) {
    const metadata = isObject(value.Metadata) ? value.Metadata : {};
    const digests = Array.isArray(metadata.RepoDigests)
        ? metadata.RepoDigests
        : [];
    const repoDigest = digests.map(fields_text).find((d) => d?.includes('@'));
    return {
        name: fields_text(value.ArtifactName),
        type: fields_text(value.ArtifactType),
        digest: repoDigest?.slice(repoDigest.indexOf('@') + 1)
    };
}
// The 2019 format: `{"<target>": null | [vulnerability, ...]}`.
function isTargetMap(value) {
    const entries = Object.values(value);
    return (entries.length > 0 &&
        entries.every((entry) => entry === null || Array.isArray(entry)));
}
function targetMap(value, source) {
    const results = Object.keys(value).map((target) => ({
        Target: target,
        Vulnerabilities: value[target]
    }));
    return { artifact: {}, results: checkResults(results, 'results', source) };
}
/**
 * Checks the structure of each result: lists are lists of objects and each
 * finding has its id. Returns the results typed; other fields are read
 * defensively where they are used.
 */
function checkResults(results, name, source) {
    return results.map((result, index) => {
        const where = `${name}[${index}]`;
        if (!isObject(result)) {
            throw badReport(source, `${where} is ${kindOf(result)}, not an object`);
        }
        if (result.Target !== undefined && typeof result.Target !== 'string') {
            throw badReport(source, `${where}.Target is ${kindOf(result.Target)}`);
        }
        checkFindings(result, `${where}.`, source);
        return result;
    });
}
const ID_KEYS = {
    Vulnerabilities: 'VulnerabilityID',
    Secrets: 'RuleID',
    Licenses: 'Name'
};
function checkFindings(result, where, source) {
    for (const [list, id] of Object.entries(ID_KEYS)) {
        requireText(objectsAt(result, list, where, source), id, where + list, source);
    }
    objectsAt(result, 'Packages', where, source);
    objectsAt(result, 'Misconfigurations', where, source).forEach((m, i) => {
        if (fields_text(m.ID) ?? fields_text(m.AVDID))
            return;
        throw badReport(source, `${where}Misconfigurations[${i}] has no ID`);
    });
    objectsAt(result, 'ExperimentalModifiedFindings', where, source).forEach((m, i) => {
        if (isObject(m.Finding))
            return;
        throw badReport(source, `${where}ExperimentalModifiedFindings[${i}].Finding is ${kindOf(m.Finding)}, not an object`);
    });
}

// EXTERNAL MODULE: ./build/src/findings/index.js + 2 modules
var src_findings = __webpack_require__(4948);
;// CONCATENATED MODULE: ./build/src/scanners/trivy/severity.js

/** Trivy's severity name on our scale; anything unrecognised is UNKNOWN. */
function severityOf(value) {
    return (typeof value === 'string' && (0,src_findings/* parseSeverity */.lv)(value)) || 'UNKNOWN';
}

;// CONCATENATED MODULE: ./build/src/scanners/trivy/license.js



/**
 * One license of a package or file as a Finding. Trivy rates licenses by
 * category (forbidden, restricted...) into its severity, which we keep.
 */
function licenseFinding(license, scope) {
    const name = license.Name;
    const severity = severityOf(license.Severity);
    const category = fields_text(license.Category) ?? 'unknown';
    const pkg = fields_text(license.PkgName);
    const file = fields_text(license.FilePath);
    const link = fields_text(license.Link);
    const holder = pkg ?? file ?? (scope.target || 'a file');
    return {
        rule: {
            id: name,
            title: `License ${name} (${category})`,
            help: `Trivy classifies the license ${name} as ${category}. Check that its terms allow the way this software is distributed, or replace the component.`,
            helpUri: link,
            defaultSeverity: severity,
            precision: 'high',
            tags: ['license', category]
        },
        source: 'trivy',
        kind: 'license',
        severity,
        score: src_findings/* DEFAULT_SCORES */.UT[severity],
        message: `${holder} is under the ${category} license ${name}`,
        location: scope.locate(undefined, undefined, file),
        target: scope.target,
        fingerprint: (0,src_findings/* fingerprintOf */.ax)(name, scope.fingerprintTarget, pkg, file),
        ...(pkg && { package: { name: pkg } })
    };
}

;// CONCATENATED MODULE: ./build/src/scanners/trivy/misconfiguration.js



/**
 * True for a failed check. Passes and exceptions appear only with
 * `--include-non-failures`; old reports listed failures without a status.
 */
function isFailure(check) {
    const status = fields_text(check.Status);
    return status === undefined || status === 'FAIL';
}
/** One failed configuration check as a Finding, at the lines Trivy names. */
function misconfigurationFinding(check, scope, configType) {
    const id = fields_text(check.ID) ?? fields_text(check.AVDID) ?? 'unknown-check';
    const avdId = fields_text(check.AVDID);
    const severity = severityOf(check.Severity);
    const title = fields_text(check.Title) ?? id;
    const message = fields_text(check.Message) ?? title;
    const cause = check.CauseMetadata ?? {};
    const links = [
        ...new Set([fields_text(check.PrimaryURL), ...strings(check.References)])
    ].filter((link) => link !== undefined);
    const description = fields_text(check.Description) ?? title;
    const resolution = fields_text(check.Resolution);
    const help = [
        `${id}: ${title}`,
        description,
        resolution ? `How to fix: ${resolution}` : '',
        links.join('\n')
    ];
    const markdown = [
        `**${id}**: ${title}`,
        description,
        resolution ? `**How to fix:** ${resolution}` : '',
        links.map((link) => `- <${link}>`).join('\n')
    ];
    return {
        rule: {
            id,
            title,
            help: help.filter(Boolean).join('\n\n'),
            helpMarkdown: markdown.filter(Boolean).join('\n\n'),
            helpUri: links[0],
            defaultSeverity: severity,
            precision: 'high',
            tags: ['security', 'misconfiguration', configType].filter((tag) => tag !== undefined),
            ...(avdId && avdId !== id && { peers: [avdId] })
        },
        source: 'trivy',
        kind: 'misconfiguration',
        severity,
        score: src_findings/* DEFAULT_SCORES */.UT[severity],
        message,
        location: scope.locate(cause.StartLine, cause.EndLine),
        target: scope.target,
        fingerprint: (0,src_findings/* fingerprintOf */.ax)(id, scope.fingerprintTarget, fields_text(cause.Resource), message)
    };
}

;// CONCATENATED MODULE: ./build/src/scanners/trivy/secret.js



const HELP = 'A credential is committed where anyone who can read the repository or pull the image can copy it. Revoke it and issue a new one, remove it from the file and from history (or from the image layer), and pass it at run time from a secret store or the CI secret settings instead.';
/**
 * One secret as a Finding. Trivy's `Match` and `Code` carry the secret's
 * text (masked only partly in older versions), so neither is read: the
 * message names the rule and category, the region the lines.
 */
function secretFinding(secret, scope, occurrence) {
    const id = secret.RuleID;
    const severity = severityOf(secret.Severity);
    const title = fields_text(secret.Title) ?? id;
    const category = fields_text(secret.Category);
    return {
        rule: {
            id,
            title,
            help: `${title} (rule ${id}). ${HELP}`,
            defaultSeverity: severity,
            precision: 'high',
            tags: ['security', 'secret', ...(category ? [category] : [])]
        },
        source: 'trivy',
        kind: 'secret',
        severity,
        score: src_findings/* DEFAULT_SCORES */.UT[severity],
        message: `Secret found: ${title} (${category ? `${category}, ` : ''}rule ${id}); its value is not shown`,
        location: scope.locate(secret.StartLine, secret.EndLine),
        target: scope.target,
        // Several secrets of one rule in one file are told apart by their order,
        // not their line (which moves) nor their text (which must not be kept).
        fingerprint: (0,src_findings/* fingerprintOf */.ax)(id, scope.fingerprintTarget, String(occurrence))
    };
}

;// CONCATENATED MODULE: ./build/src/scanners/trivy/score.js


/**
 * The 0-10 score of a vulnerability: the CVSS v3 score of the vendor whose
 * severity Trivy used (`SeveritySource`), then NVD's, then any vendor's v3,
 * then a CVSS v4.0 score; with no CVSS at all, the severity's default.
 */
function scoreOf(vuln, severity) {
    const cvss = typeof vuln.CVSS === 'object' && vuln.CVSS !== null ? vuln.CVSS : {};
    const vendors = Object.values(cvss);
    const preferred = [vuln.SeveritySource, 'nvd']
        .filter((vendor) => typeof vendor === 'string')
        .map((vendor) => cvss[vendor]);
    const score = preferred.map((entry) => positive(entry?.V3Score)).find(isScore) ??
        vendors.map((entry) => positive(entry?.V3Score)).find(isScore) ??
        [...preferred, ...vendors]
            .map((entry) => positive(entry?.V40Score))
            .find(isScore);
    return score ?? src_findings/* DEFAULT_SCORES */.UT[severity];
}
function isScore(value) {
    return value !== undefined && value <= 10;
}

;// CONCATENATED MODULE: ./build/src/scanners/trivy/markdown.js
/** Text made safe for one cell of a Markdown table. */
function markdownCell(value) {
    return value.replaceAll('|', '\\|').replace(/\r?\n/g, ' ');
}

;// CONCATENATED MODULE: ./build/src/scanners/trivy/vulnerability-rule.js


// Advisories can list dozens of links; the help keeps the first few.
const MAX_REFERENCES = 8;
/**
 * The rule of a vulnerability: Trivy's title and description, a table of
 * the affected package and the advisory's links.
 */
function vulnerabilityRule(vuln, severity, packageName, packageType) {
    const id = vuln.VulnerabilityID;
    const title = fields_text(vuln.Title) ?? `${id} in ${packageName}`;
    const description = fields_text(vuln.Description) ?? title;
    const primary = fields_text(vuln.PrimaryURL);
    const references = strings(vuln.References);
    const links = [...new Set([primary, ...references])]
        .filter((link) => link !== undefined)
        .slice(0, MAX_REFERENCES);
    const installed = fields_text(vuln.InstalledVersion) ?? 'unknown';
    const fixed = fields_text(vuln.FixedVersion) ?? 'none';
    const help = [
        `${id}: ${title}`,
        description,
        `Package: ${packageName}, installed ${installed}, fixed in ${fixed}.`,
        links.length ? `Links:\n${links.join('\n')}` : ''
    ];
    const markdown = [
        `**${id}**: ${title}`,
        description,
        '| Package | Installed | Fixed |\n| --- | --- | --- |\n' +
            `| ${[packageName, installed, fixed].map(markdownCell).join(' | ')} |`,
        links.map((link) => `- <${link}>`).join('\n')
    ];
    return {
        id,
        title,
        help: help.filter(Boolean).join('\n\n'),
        helpMarkdown: markdown.filter(Boolean).join('\n\n'),
        helpUri: links[0],
        defaultSeverity: severity,
        precision: 'very-high',
        tags: [
            'security',
            'vulnerability',
            packageType,
            ...strings(vuln.CweIDs)
        ].filter((tag) => tag !== undefined)
    };
}

;// CONCATENATED MODULE: ./build/src/scanners/trivy/vulnerability.js





// What the message says when there is no fixed version, by Trivy status.
const NO_FIX = {
    affected: 'no fix yet',
    will_not_fix: 'the vendor will not fix it',
    fix_deferred: 'fix deferred by the vendor',
    end_of_life: 'no fix: the package is end of life',
    under_investigation: 'under investigation by the vendor',
    not_affected: 'the vendor says it is not affected'
};
/**
 * True when a fix exists: a fixed version is named and Trivy's status (if
 * it gives one) is `fixed`. What `--ignore-unfixed` keeps.
 */
function hasFix(vuln) {
    const status = fields_text(vuln.Status);
    return (fields_text(vuln.FixedVersion) !== undefined && (!status || status === 'fixed'));
}
/**
 * One vulnerable package as a Finding. A vulnerability whose vendor states
 * the package is not affected (status `not_affected`) is kept, suppressed
 * by that vendor's statement, so it shows in reports but never blocks.
 */
function vulnerabilityFinding(vuln, scope, packageType, lines) {
    const id = vuln.VulnerabilityID;
    const severity = severityOf(vuln.Severity);
    const name = fields_text(vuln.PkgName) ?? fields_text(vuln.PkgID) ?? 'a package';
    const installed = fields_text(vuln.InstalledVersion);
    const fixed = fields_text(vuln.FixedVersion);
    const status = fields_text(vuln.Status);
    const at = lines.get(fields_text(vuln.PkgID) ?? `${name}@${installed}`);
    const fix = fixed
        ? `fixed in ${fixed}`
        : (NO_FIX[status ?? ''] ?? 'no fix known');
    const subject = installed ? `${name} ${installed}` : name;
    return {
        rule: vulnerabilityRule(vuln, severity, name, packageType),
        source: 'trivy',
        kind: 'vulnerability',
        severity,
        score: scoreOf(vuln, severity),
        message: `${subject} has ${id} (${fix})`,
        location: scope.locate(at?.start, at?.end),
        target: scope.target,
        fingerprint: (0,src_findings/* fingerprintOf */.ax)(id, scope.fingerprintTarget, name, installed, fields_text(vuln.PkgPath)),
        package: {
            name,
            installedVersion: installed,
            fixedVersion: fixed,
            status,
            purl: fields_text(vuln.PkgIdentifier?.PURL),
            type: packageType
        },
        ...(status === 'not_affected' ? { suppression: notAffected(vuln) } : {})
    };
}
// The vendor's own advisory says so: a VEX statement in all but format.
function notAffected(vuln) {
    const source = vuln.DataSource;
    return {
        kind: 'vex',
        reason: 'the vendor states the package is not affected (Trivy status not_affected)',
        by: fields_text(source?.Name) ??
            fields_text(source?.ID) ??
            fields_text(vuln.SeveritySource) ??
            'Trivy'
    };
}

;// CONCATENATED MODULE: ./build/src/scanners/trivy/result.js






/**
 * Every finding of one Trivy result: vulnerabilities, failed checks,
 * secrets and licenses, then those VEX or an ignore file suppressed.
 */
function resultFindings(result, index, artifact, options, source) {
    const context = {
        result,
        scope: scopeOf(result, artifact, options),
        lines: packageLines(result),
        options,
        source,
        where: `Results[${index}]`
    };
    const secretCount = new Map();
    return [
        ...(result.Vulnerabilities ?? [])
            .filter((vuln) => !options.ignoreUnfixed || hasFix(vuln))
            .map((vuln) => vulnerability(context, vuln)),
        ...(result.Misconfigurations ?? [])
            .filter(isFailure)
            .map((check) => misconfigurationFinding(check, context.scope, fields_text(result.Type))),
        ...(result.Secrets ?? []).map((secret) => {
            const seen = (secretCount.get(secret.RuleID) ?? 0) + 1;
            secretCount.set(secret.RuleID, seen);
            return secretFinding(secret, context.scope, seen);
        }),
        ...(result.Licenses ?? []).map((l) => licenseFinding(l, context.scope)),
        ...(result.ExperimentalModifiedFindings ?? []).flatMap((modified, i) => suppressedFinding(context, modified, i))
    ];
}
function vulnerability(context, vuln) {
    return vulnerabilityFinding(vuln, context.scope, fields_text(context.result.Type), context.lines);
}
// Lockfile lines of each package, for results that list packages.
function packageLines(result) {
    const lines = new Map();
    for (const pkg of result.Packages ?? []) {
        const first = Array.isArray(pkg.Locations) ? pkg.Locations[0] : undefined;
        const id = fields_text(pkg.ID);
        if (id && typeof first?.StartLine === 'number') {
            lines.set(id, { start: first.StartLine, end: first.EndLine });
        }
    }
    return lines;
}
// Trivy lists findings it turned off (VEX, .trivyignore) apart; we keep
// them, marked suppressed, so reports can show what was silenced and why.
function suppressedFinding(context, modified, index) {
    const found = modified.Finding;
    const where = `${context.where}.ExperimentalModifiedFindings[${index}]`;
    const finding = modifiedFinding(context, fields_text(modified.Type), found, where);
    if (!finding)
        return [];
    const status = fields_text(modified.Status) ?? 'suppressed';
    const statement = fields_text(modified.Statement);
    const suppression = {
        kind: status === 'ignored' ? 'exceptions-file' : 'vex',
        reason: statement ? `${status}: ${statement}` : status,
        by: fields_text(modified.Source) ?? context.source
    };
    return [{ ...finding, suppression }];
}
function modifiedFinding(context, type, found, where) {
    const fields = isObject(found) ? found : {};
    // The shape was checked in `readReportShape`; the id is checked here, as
    // which key holds it depends on the type.
    const need = (key) => {
        if (fields_text(fields[key]))
            return;
        throw badReport(context.source, `${where}.Finding has no ${key}`);
    };
    switch (type) {
        case 'vulnerability': {
            need('VulnerabilityID');
            const vuln = found;
            const dropped = context.options.ignoreUnfixed && !hasFix(vuln);
            return dropped ? undefined : vulnerability(context, vuln);
        }
        case 'misconfiguration':
            if (!fields_text(fields.AVDID))
                need('ID');
            return misconfigurationFinding(fields, context.scope, fields_text(context.result.Type));
        case 'secret':
            need('RuleID');
            return secretFinding(found, context.scope, 0);
        case 'license':
            need('Name');
            return licenseFinding(found, context.scope);
        default:
            // Known limitation: a suppressed finding of a type newer than this
            // parser knows is left out, since we cannot tell what it is about.
            return undefined;
    }
}

;// CONCATENATED MODULE: ./build/src/scanners/trivy/parse.js





/**
 * Turns the text of a Trivy JSON report into findings. Reads schema 2, the
 * legacy list of results, the literal `null` and the 2019 target map; keeps
 * every severity (filtering is the gate's), drops unfixed vulnerabilities
 * only when `options.ignoreUnfixed`, and marks VEX-suppressed findings.
 *
 * Throws a `ScannerError` with code `BAD_OUTPUT` whose message names
 * `source` and the problem: invalid JSON (with its line and column), a
 * different format (CycloneDX, SPDX, SARIF, `trivy k8s`) or a broken field.
 */
function parseTrivyReport(text, source, options = {}) {
    const { artifact, results } = readReportShape(parseJson(text, source), source);
    return results.flatMap((result, index) => resultFindings(result, index, artifact, options, source));
}
function parseJson(text, source) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.trim() === '') {
        throw badReport(source, 'is empty (Trivy wrote nothing; did it fail?)');
    }
    try {
        return JSON.parse(body);
    }
    catch (error) {
        throw badReport(source, `is not valid JSON${where(body)}: ${(0,errors/* errorText */.kc)(error).replace(/\s+/g, ' ')}`);
    }
}
function where(body) {
    try {
        const at = jsonErrorPosition(body);
        return at ? ` at line ${at.line}, column ${at.column}` : '';
    }
    catch {
        // A text nested too deep for the locator still gets V8's message.
        return '';
    }
}

;// CONCATENATED MODULE: ./build/src/scanners/trivy/invoke.js






/**
 * Runs Trivy into a JSON file in a fresh temporary folder, reads it and
 * removes the folder. Throws a `ScannerError` when Trivy fails, times out
 * or writes something we cannot read.
 */
async function invokeTrivy(call) {
    const dir = await (0,promises_.mkdtemp)(external_node_path_.join((0,external_node_os_.tmpdir)(), 'csg-trivy-'));
    const outputFile = external_node_path_.join(dir, 'report.json');
    try {
        const result = await (0,run/* runTool */.qI)(call.binary, {
            tool: 'trivy',
            args: call.args(outputFile),
            env: call.env,
            cwd: call.cwd,
            timeoutMs: timeoutMs(call.config.trivy.timeoutSeconds),
            logger: call.logger
        });
        if (result.stdout.trim())
            call.logger.debug(`trivy stdout:\n${result.stdout}`);
        const text = await readOutput(outputFile, call.label);
        call.logger.debug(`${call.label}: read ${text.length} bytes of JSON`);
        return parseTrivyReport(text, `output of ${call.label}`, call.parse);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
// Trivy gets its own `--timeout`; ours is a little longer, so that Trivy
// can stop and say what it was doing before we have to kill it.
function timeoutMs(seconds) {
    const grace = Math.min(30, Math.max(1, seconds / 10));
    return Math.round((seconds + grace) * 1000);
}
async function readOutput(file, label) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new errors/* ScannerError */.VM('BAD_OUTPUT', 'trivy', `${label} exited without writing its JSON report (${(0,errors/* errorText */.kc)(error)})`, { cause: error });
    }
}

// EXTERNAL MODULE: ./build/src/tools/limit.js
var limit = __webpack_require__(1321);
;// CONCATENATED MODULE: ./build/src/scanners/trivy/failure.js

const INSTALL_HINT = 'Install Trivy (https://trivy.dev/latest/getting-started/installation/) and put it on PATH, or let the action install its pinned version.';
const AUTH = /unauthorized|authentication required|denied: requested access|\b401\b|\b403\b/i;
const NETWORK = /failed to download|db repository|toomanyrequests|dial tcp|no such host|i\/o timeout|connection refused|tls handshake|context deadline exceeded/i;
/**
 * The error a failed Trivy run becomes: registry refusals and network or
 * database failures get their own code and a hint that says what to do;
 * the message starts with what was being scanned.
 */
function trivyFailure(error, label) {
    if (!(error instanceof errors/* ScannerError */.VM)) {
        return new errors/* ScannerError */.VM('BAD_OUTPUT', 'trivy', named((0,errors/* errorText */.kc)(error), label), {
            cause: error
        });
    }
    const line = error.details.stderrLine ?? '';
    const message = named(error.message, label);
    if (error.code === 'EXIT_CODE' && AUTH.test(line)) {
        return new errors/* ScannerError */.VM('REGISTRY_AUTH', 'trivy', message, {
            ...error.details,
            hint: 'The registry refused access. Log in first (docker login), or give registry-username and registry-password (REGISTRY_USERNAME and REGISTRY_PASSWORD), which go only to REGISTRY_HOST when it is set; Trivy also reads TRIVY_USERNAME and TRIVY_PASSWORD from the environment.'
        });
    }
    if (error.code === 'EXIT_CODE' && NETWORK.test(line)) {
        return new errors/* ScannerError */.VM('NETWORK', 'trivy', message, {
            ...error.details,
            hint: 'Trivy could not reach the registry or its vulnerability database. Check the network, or point trivy db-repository at a mirror, or use a Trivy server.'
        });
    }
    return new errors/* ScannerError */.VM(error.code, 'trivy', message, {
        ...error.details,
        hint: error.details.hint ??
            (error.code === 'NOT_FOUND' ? INSTALL_HINT : undefined),
        cause: error.details.cause ?? error
    });
}
// Messages start with what was scanned, unless they already name it.
function named(message, label) {
    return message.includes(label) ? message : `${label}: ${message}`;
}

;// CONCATENATED MODULE: ./build/src/scanners/trivy/summary.js

/**
 * One line on what a scan found: counts by severity, most severe first,
 * then how many were suppressed. "no findings" when there were none.
 */
function summarise(findings) {
    const counts = new Map();
    let suppressed = 0;
    for (const finding of findings) {
        if (finding.suppression)
            suppressed++;
        else
            counts.set(finding.severity, (counts.get(finding.severity) ?? 0) + 1);
    }
    const active = findings.length - suppressed;
    const bySeverity = [...counts.entries()]
        .sort(([a], [b]) => (0,src_findings/* compareSeverityDesc */.qd)(a, b))
        .map(([severity, count]) => `${severity} ${count}`)
        .join(', ');
    const parts = [
        active === 0
            ? 'no findings'
            : `${active} finding${active === 1 ? '' : 's'} (${bySeverity})`,
        suppressed ? `${suppressed} suppressed` : ''
    ];
    return parts.filter(Boolean).join(', ');
}

;// CONCATENATED MODULE: ./build/src/scanners/trivy/version.js


const VERSION_TIMEOUT_MS = 30_000;
// One `trivy --version` per binary per process, however many scans run.
const versions = new Map();
/**
 * Trivy's version (`0.50.1`), read once per binary and cached; undefined
 * when it cannot be told, which does not stop a scan.
 */
function trivyVersion(binary, logger) {
    let version = versions.get(binary);
    if (!version) {
        version = readVersion(binary, logger);
        versions.set(binary, version);
    }
    return version;
}
async function readVersion(binary, logger) {
    try {
        const { stdout } = await (0,run/* runTool */.qI)(binary, {
            tool: 'trivy',
            args: ['--version'],
            timeoutMs: VERSION_TIMEOUT_MS,
            logger
        });
        return (/^Version:\s*v?(\S+)/m.exec(stdout)?.[1] ??
            stdout.trim().split('\n')[0]?.trim());
    }
    catch (error) {
        logger.debug(`trivy --version failed: ${(0,errors/* errorText */.kc)(error)}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./build/src/scanners/trivy/scan-target.js



/**
 * Runs one scan inside its own log group and turns whatever happens into
 * an outcome: `ok` with findings, or `failed` with a `ScannerError`. Never
 * throws.
 */
function scanTarget(context, scan) {
    const { logger } = context;
    const started = Date.now();
    const base = { scanner: scan.scanner, tool: 'trivy', target: scan.target };
    return logger.group(scan.label, async () => {
        let toolVersion;
        const trivy = async () => {
            const binary = await context.tools.resolve('trivy');
            toolVersion = await trivyVersion(binary, logger);
            return binary;
        };
        try {
            const findings = await scan.run(trivy);
            const durationMs = Date.now() - started;
            logger.info(`${scan.label}: ${summarise(findings)} in ${seconds(durationMs)}`);
            return { ...base, status: 'ok', toolVersion, durationMs, findings };
        }
        catch (caught) {
            const error = trivyFailure(caught, scan.label);
            // A warning here: whether it fails the run is the gate's to say, and
            // the gate says it once, with the reasons, as the step's error.
            logger.warning(error.message);
            if (error.details.hint)
                logger.info(error.details.hint);
            return {
                ...base,
                status: 'failed',
                toolVersion,
                durationMs: Date.now() - started,
                error
            };
        }
    });
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}

;// CONCATENATED MODULE: ./build/src/scanners/trivy/reports.js






/** True when the user gave Trivy reports to read instead of running it. */
function readsReports(config) {
    return config.trivy.reports.length > 0;
}
/**
 * Reads the Trivy JSON reports the user named (`trivy.reports`), one
 * outcome each; a file that is missing or unreadable is a `failed`
 * outcome naming it. The reports are read by one scanner only (trivy-fs,
 * unless it is off), so that each finding is counted once.
 */
async function ingestReports(context, scanner) {
    const { config, plan } = context;
    const reader = config.scanners.includes('trivy-fs') ? 'trivy-fs' : scanner;
    if (scanner !== reader)
        return [];
    const knownImages = plan.images.filter((image) => !image.archive);
    return (0,limit/* mapWithLimit */.c)(config.trivy.reports, config.concurrency, (report) => scanTarget(context, {
        scanner,
        target: { kind: 'report', name: report },
        label: `Trivy report ${report}`,
        run: async () => parseTrivyReport(await readReport(config.path, report), report, {
            ignoreUnfixed: config.ignoreUnfixed,
            knownImages
        })
    }));
}
async function readReport(root, report) {
    try {
        return await (0,promises_.readFile)(external_node_path_.resolve(root, report), 'utf8');
    }
    catch (error) {
        throw new errors/* ScannerError */.VM('BAD_OUTPUT', 'trivy', `Trivy report ${report} could not be read: ${(0,errors/* errorText */.kc)(error)}`, {
            cause: error,
            hint: 'Check the path in trivy reports; it is relative to the repository root.'
        });
    }
}

;// CONCATENATED MODULE: ./build/src/scanners/trivy/fs-scanner.js




/**
 * `trivy fs` over the repository: vulnerable lockfiles, secrets and IaC
 * misconfigurations, one outcome. With `trivy.reports` set, reads those
 * reports instead (one outcome each). It pulls no image, so it is given
 * no registry credentials.
 */
const trivyFsScanner = {
    name: 'trivy-fs',
    async scan(context) {
        const { config, plan, logger } = context;
        if (readsReports(config))
            return ingestReports(context, 'trivy-fs');
        const label = `trivy fs ${plan.root}`;
        const outcome = await scanTarget(context, {
            scanner: 'trivy-fs',
            target: { kind: 'repository', name: '.' },
            label,
            run: async (trivy) => invokeTrivy({
                binary: await trivy(),
                label,
                args: (output) => trivyFsArgs(config, plan, output),
                parse: { ignoreUnfixed: config.ignoreUnfixed },
                config,
                logger
            })
        });
        return [outcome];
    }
};

// EXTERNAL MODULE: ./build/src/tools/registry/credentials.js
var registry_credentials = __webpack_require__(1335);
// EXTERNAL MODULE: ./build/src/tools/registry/ref.js
var registry_ref = __webpack_require__(9644);
// EXTERNAL MODULE: ./build/src/tools/registry-env.js
var registry_env = __webpack_require__(9228);
;// CONCATENATED MODULE: ./build/src/scanners/trivy/env.js



/**
 * The variables through which `trivy image` gets registry credentials for
 * the image `ref`. Trivy reads `TRIVY_USERNAME` and `TRIVY_PASSWORD` as its
 * `--username`/`--password` flags, which we never use, so the password
 * stays out of argv and out of the logged command line.
 *
 * Trivy offers them to every registry it contacts, so they are set only
 * when the image's registry is REGISTRY_HOST (or any registry when it is
 * unset), the rule the digest resolver and cosign follow. The credentials
 * come from `config.registryAuth` laid over `env`; the password is masked.
 */
function trivyImageEnv(config, ref, logger, env = process.env) {
    const registry = registryOf(ref);
    // A reference we cannot read names no registry we could vouch for.
    if (registry === undefined)
        return {};
    const merged = (0,registry_env/* registryEnv */.D)(config, env);
    const credentials = (0,registry_credentials/* credentialsFor */.Og)(registry, logger, merged);
    if (!credentials) {
        const host = merged[registry_credentials/* REGISTRY_ENV */.ku.host];
        if (host)
            logger.debug(`trivy: no registry credentials for ${registry}, they are for ${host} (${registry_credentials/* REGISTRY_ENV */.ku.host})`);
        return {};
    }
    return {
        TRIVY_USERNAME: credentials.username,
        TRIVY_PASSWORD: credentials.password
    };
}
function registryOf(ref) {
    try {
        return (0,registry_ref/* parseImageRef */.Q)(ref).registry;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./build/src/scanners/trivy/image-scanner.js






/**
 * `trivy image` for each image of the plan, at most `config.concurrency`
 * at once: one outcome per image, its findings pointing at the image and
 * at the FROM line of its Dockerfile when the plan knows it.
 */
const trivyImageScanner = {
    name: 'trivy-image',
    async scan(context) {
        const { config, plan } = context;
        if (readsReports(config))
            return ingestReports(context, 'trivy-image');
        if (plan.images.length === 0) {
            context.logger.debug('trivy image: no images to scan');
            return [];
        }
        return (0,limit/* mapWithLimit */.c)(plan.images, config.concurrency, (image) => scanImage(context, image));
    }
};
function scanImage(context, image) {
    const { config, logger } = context;
    const label = `trivy image ${image.archive ? image.ref : pinnedRef(image)}`;
    return scanTarget(context, {
        scanner: 'trivy-image',
        target: { kind: 'image', name: image.ref },
        label,
        run: async (trivy) => invokeTrivy({
            binary: await trivy(),
            label,
            args: (output) => trivyImageArgs(config, image, output),
            parse: {
                ignoreUnfixed: config.ignoreUnfixed,
                image: {
                    ref: image.ref,
                    digest: image.digest,
                    dockerfile: image.dockerfile,
                    fromLine: image.fromLine
                }
            },
            config,
            logger,
            cwd: context.plan.root,
            // An archive is read from disk: no registry needs credentials.
            env: image.archive ? {} : trivyImageEnv(config, image.ref, logger)
        })
    });
}

;// CONCATENATED MODULE: ./build/src/scanners/trivy/index.js






/***/ }),

/***/ 1321:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ mapWithLimit)
/* harmony export */ });
/**
 * Maps `items` through `work` with at most `limit` calls under way at
 * once; results keep the order of `items`.
 */
async function mapWithLimit(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const lane = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index], index);
        }
    };
    const lanes = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
    await Promise.all(Array.from({ length: lanes }, lane));
    return results;
}


/***/ }),

/***/ 9228:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ registryEnv)
/* harmony export */ });
/* harmony import */ var _registry_credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1335);

/**
 * The environment registry clients read credentials from: this process's,
 * with the credentials of the config (an Action input, or the CLI's
 * environment) laid over it. Nothing here goes into argv.
 */
function registryEnv(config, base = process.env) {
    if (!config.registryAuth)
        return base;
    return {
        ...base,
        [_registry_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .REGISTRY_ENV */ .ku.username]: config.registryAuth.username,
        [_registry_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .REGISTRY_ENV */ .ku.password]: config.registryAuth.password
    };
}


/***/ }),

/***/ 1335:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Og: () => (/* binding */ credentialsFor),
/* harmony export */   ku: () => (/* binding */ REGISTRY_ENV),
/* harmony export */   tB: () => (/* binding */ basicAuth)
/* harmony export */ });
/** Environment variables holding registry credentials; one place for the names. */
const REGISTRY_ENV = {
    username: 'REGISTRY_USERNAME',
    password: 'REGISTRY_PASSWORD',
    /** The registry they are for; unset means every registry scanned. */
    host: 'REGISTRY_HOST'
};
/**
 * The credentials for `registry` from the environment, masked in the
 * logger, or undefined when none apply. With REGISTRY_HOST set they are
 * given to that registry only, so a base image's registry never sees them.
 */
function credentialsFor(registry, logger, env = process.env) {
    const username = env[REGISTRY_ENV.username];
    const password = env[REGISTRY_ENV.password];
    const host = env[REGISTRY_ENV.host];
    if (!username || !password)
        return undefined;
    if (host && host !== registry)
        return undefined;
    logger.mask(password);
    const basic = basicAuth({ username, password });
    logger.mask(basic.slice('Basic '.length));
    return { username, password };
}
/** The `Authorization` value for HTTP basic authentication. */
function basicAuth(c) {
    return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
}


/***/ }),

/***/ 357:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* reexport */ resolveDigest)
});

// UNUSED EXPORTS: REGISTRY_ENV, formatImageRef, parseImageRef, pinnedRef, registryHost, repositoryName

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
;// CONCATENATED MODULE: ./build/src/tools/registry/challenge.js
/**
 * Reads one `WWW-Authenticate` header value, e.g.
 * `Bearer realm="https://auth.example/token",service="reg",scope="x"`.
 */
function parseChallenge(header) {
    const m = /^\s*([A-Za-z]+)\s*(.*)$/s.exec(header);
    if (!m?.[1])
        return undefined;
    const params = {};
    const pair = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
    for (const p of (m[2] ?? '').matchAll(pair)) {
        if (p[1])
            params[p[1].toLowerCase()] = (p[2] ?? p[3] ?? '').replace(/\\(.)/g, '$1');
    }
    return { scheme: m[1].toLowerCase(), params };
}

// EXTERNAL MODULE: ./build/src/tools/registry/credentials.js
var credentials = __webpack_require__(1335);
// EXTERNAL MODULE: ./build/src/tools/registry/ref.js
var registry_ref = __webpack_require__(9644);
;// CONCATENATED MODULE: ./build/src/tools/registry/resolve.js





const ACCEPT = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json'
].join(', ');
const DIGEST = /^sha256:[0-9a-f]{64}$/;
/**
 * Resolves `ref`'s tag to the digest of its manifest (an index for
 * multi-platform images) with the OCI distribution API, once, so that every
 * scanner looks at the same bytes. Answers the bearer-token challenge, with
 * basic credentials from the environment when given. A reference that
 * already has a digest is returned pinned without a request; a tag is
 * warned about because it can move.
 */
async function resolveDigest(ref, options) {
    const image = (0,registry_ref/* parseImageRef */.Q)(ref);
    if (image.digest)
        return { ref: (0,registry_ref/* pinnedRef */.I1)(image, image.digest), digest: image.digest };
    const { logger } = options;
    const url = manifestUrl(image, options);
    const creds = (0,credentials/* credentialsFor */.Og)(image.registry, logger, options.env);
    const session = new Session(image, creds, options);
    let response = await session.request('HEAD', url);
    let digest = response.headers.get('docker-content-digest') ?? undefined;
    if (!digest || !DIGEST.test(digest)) {
        // Some registries leave the header off HEAD answers: hash the manifest.
        response = await session.request('GET', url);
        const body = Buffer.from(await response.arrayBuffer());
        digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}`;
    }
    logger.warning(`${ref} names a tag, which can be moved to other content; it is pinned to ${digest} for this run. Use ${(0,registry_ref/* repositoryName */.aR)(image)}@sha256:… to scan exactly what you deploy.`);
    return { ref: (0,registry_ref/* pinnedRef */.I1)(image, digest), digest };
}
function manifestUrl(image, options) {
    const host = (0,registry_ref/* registryHost */.U$)(image.registry);
    const hostname = host.replace(/:\d+$/, '');
    const plain = hostname === 'localhost' ||
        hostname === '127.0.0.1' ||
        hostname === '[::1]' ||
        (options.plainHttp ?? []).includes(image.registry);
    return `${plain ? 'http' : 'https'}://${host}/v2/${image.repository}/manifests/${image.tag ?? 'latest'}`;
}
/** One image's requests, with the authorization the registry asked for. */
class Session {
    image;
    creds;
    options;
    authorization;
    constructor(image, creds, options) {
        this.image = image;
        this.creds = creds;
        this.options = options;
    }
    async request(method, url) {
        let response = await this.fetch(method, url, this.authorization);
        if (response.status === 401 && !this.authorization) {
            this.authorization = await this.answer(response.headers.get('www-authenticate'), url);
            response = await this.fetch(method, url, this.authorization);
        }
        if (response.ok)
            return response;
        throw this.statusError(response.status, url);
    }
    async fetch(method, url, authorization) {
        const headers = { Accept: ACCEPT };
        if (authorization)
            headers.Authorization = authorization;
        try {
            return await fetch(url, {
                method,
                headers,
                signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000)
            });
        }
        catch (error) {
            const cause = error.cause?.message;
            throw new errors/* ScannerError */.VM('NETWORK', 'registry', `Could not reach ${url}: ${cause ?? error.message}`, {
                hint: 'Check the registry name, that the runner can reach it (proxy, firewall) and its TLS certificate.',
                cause: error
            });
        }
    }
    // Answers the registry's challenge: a bearer token from its realm, or basic.
    async answer(header, url) {
        const challenge = header ? parseChallenge(header) : undefined;
        if (challenge?.scheme === 'basic' && this.creds)
            return (0,credentials/* basicAuth */.tB)(this.creds);
        if (challenge?.scheme !== 'bearer' || !challenge.params.realm) {
            throw this.statusError(401, url);
        }
        const token = new URL(challenge.params.realm);
        if (challenge.params.service)
            token.searchParams.set('service', challenge.params.service);
        token.searchParams.set('scope', challenge.params.scope ?? `repository:${this.image.repository}:pull`);
        const headers = {};
        if (this.creds)
            headers.Authorization = (0,credentials/* basicAuth */.tB)(this.creds);
        const response = await this.fetch('GET', token.toString(), headers.Authorization);
        if (!response.ok)
            throw this.statusError(response.status, token.origin + token.pathname);
        const body = (await response.json());
        const value = body.token ?? body.access_token;
        if (!value) {
            throw new errors/* ScannerError */.VM('BAD_OUTPUT', 'registry', `The token service at ${token.origin}${token.pathname} returned no token`);
        }
        this.options.logger.mask(value);
        return `Bearer ${value}`;
    }
    statusError(status, url) {
        const name = `${this.image.registry}/${this.image.repository}:${this.image.tag ?? 'latest'}`;
        if (status === 401 || status === 403) {
            return new errors/* ScannerError */.VM('REGISTRY_AUTH', 'registry', `The registry refused access to ${name} (HTTP ${status} from ${url})`, {
                hint: 'Log in to the registry, or set REGISTRY_USERNAME and REGISTRY_PASSWORD (and REGISTRY_HOST) for the step.'
            });
        }
        if (status === 404) {
            return new errors/* ScannerError */.VM('NOT_FOUND', 'registry', `${name} was not found in its registry (HTTP 404 from ${url})`, {
                hint: 'Check the image name and tag, and that the image was pushed before this step.'
            });
        }
        return new errors/* ScannerError */.VM('NETWORK', 'registry', `The registry answered HTTP ${status} for ${url}`);
    }
}

;// CONCATENATED MODULE: ./build/src/tools/registry/index.js





/***/ }),

/***/ 9644:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ pinnedRef),
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   U$: () => (/* binding */ registryHost),
/* harmony export */   aR: () => (/* binding */ repositoryName)
/* harmony export */ });
/* unused harmony export formatImageRef */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7406);

const DOCKER_HUB = 'docker.io';
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/;
const ACCEPTED = 'accepted: [registry[:port]/]name[:tag][@sha256:<64 hex>], e.g. ghcr.io/acme/api:1.2 or alpine@sha256:…';
/**
 * Splits an image reference the way Docker does: a first component with a
 * dot, a colon or `localhost` is the registry, else Docker Hub, whose
 * single-name images live under `library/`. Without tag or digest the tag
 * is `latest`. Throws a `UserError` for a malformed reference.
 */
function parseImageRef(ref) {
    const input = ref.trim();
    const [namePart = '', digest, extra] = input.split('@');
    if (extra !== undefined || (digest !== undefined && !DIGEST.test(digest))) {
        throw invalid(ref, 'bad digest');
    }
    const slash = namePart.indexOf('/');
    const first = slash >= 0 ? namePart.slice(0, slash) : '';
    const isRegistry = slash >= 0 &&
        (first.includes('.') || first.includes(':') || first === 'localhost');
    let registry = isRegistry ? first : DOCKER_HUB;
    let rest = isRegistry ? namePart.slice(slash + 1) : namePart;
    if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') {
        registry = DOCKER_HUB;
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw invalid(ref, `bad tag "${tag}"`);
    }
    if (!rest || !rest.split('/').every((c) => COMPONENT.test(c))) {
        throw invalid(ref, 'bad repository name (lowercase letters, digits, . _ - and /)');
    }
    if (registry === DOCKER_HUB && !rest.includes('/'))
        rest = `library/${rest}`;
    if (tag === undefined && digest === undefined)
        tag = 'latest';
    return { registry, repository: rest, tag, digest };
}
function invalid(ref, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Image reference "${ref}" is not valid (${why}); ${ACCEPTED}`, 'images');
}
/** `registry/repository`, the name without tag or digest. */
function repositoryName(ref) {
    return `${ref.registry}/${ref.repository}`;
}
/** The canonical text: `registry/repository[:tag][@digest]`. */
function formatImageRef(ref) {
    const tag = ref.tag !== undefined ? `:${ref.tag}` : '';
    const digest = ref.digest !== undefined ? `@${ref.digest}` : '';
    return `${repositoryName(ref)}${tag}${digest}`;
}
/** `registry/repository@digest`: the immutable form to scan and verify. */
function pinnedRef(ref, digest) {
    return `${repositoryName(ref)}@${digest}`;
}
/** The host that serves the registry API (Docker Hub's differs from its name). */
function registryHost(registry) {
    return registry === DOCKER_HUB ? 'registry-1.docker.io' : registry;
}


/***/ }),

/***/ 906:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ cliToolResolver)
});

// UNUSED EXPORTS: actionToolResolver

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/errors.js
var errors = __webpack_require__(7406);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./build/src/tools/resolve.js



const INSTALL_HINTS = {
    trivy: 'Install Trivy (https://trivy.dev/latest/getting-started/installation/) and put it on PATH.',
    cosign: 'Install cosign (https://docs.sigstore.dev/cosign/system_config/installation/) and put it on PATH.'
};
/** Looks for `name` in the folders of `PATH`; undefined when absent. */
async function findOnPath(name, env = process.env) {
    const dirs = (env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean);
    const exts = process.platform === 'win32'
        ? (env.PATHEXT ?? '.EXE;.CMD').split(';')
        : [''];
    for (const dir of dirs) {
        for (const ext of exts) {
            const candidate = external_node_path_.join(dir, name + ext);
            try {
                await (0,promises_.access)(candidate, promises_.constants.X_OK);
                return candidate;
            }
            catch {
                // Not in this folder; keep looking.
            }
        }
    }
    return undefined;
}
/** Resolves tools from PATH only; a missing tool says how to install it. */
class PathToolResolver {
    async resolve(tool) {
        const found = await findOnPath(tool);
        if (found)
            return found;
        throw new ScannerError('NOT_FOUND', tool, `${tool} was not found on PATH`, {
            hint: INSTALL_HINTS[tool]
        });
    }
}

// EXTERNAL MODULE: ./build/src/tools/run.js
var run = __webpack_require__(2596);
;// CONCATENATED MODULE: ./build/src/tools/install/assets.js

const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const TRIVY_OS = { linux: 'Linux', darwin: 'macOS', windows: 'windows' };
const TRIVY_ARCH = { amd64: '64bit', arm64: 'ARM64' };
/**
 * The release asset of `tool` at `version` for `platform`. Neither tool
 * publishes a Windows arm64 build; there the amd64 build is used, which
 * Windows on Arm runs under its x64 emulation.
 */
function releaseAsset(tool, version, platform) {
    if (!VERSION.test(version)) {
        throw new errors/* UserError */.yo(`${tool} version "${version}" is not a release version; accepted: MAJOR.MINOR.PATCH such as 0.69.3, without a leading v`, `${tool}-version`);
    }
    const assetPlatform = platform.os === 'windows' ? { os: 'windows', arch: 'amd64' } : platform;
    const exe = platform.os === 'windows' ? '.exe' : '';
    if (tool === 'trivy') {
        const os = TRIVY_OS[assetPlatform.os];
        const arch = TRIVY_ARCH[assetPlatform.arch];
        const zip = assetPlatform.os === 'windows';
        return {
            tool,
            version,
            fileName: `trivy_${version}_${os}-${arch}.${zip ? 'zip' : 'tar.gz'}`,
            format: zip ? 'zip' : 'tar.gz',
            binaryName: `trivy${exe}`,
            checksumsFile: `trivy_${version}_checksums.txt`,
            assetPlatform
        };
    }
    return {
        tool,
        version,
        fileName: `cosign-${assetPlatform.os}-${assetPlatform.arch}${exe}`,
        format: 'binary',
        binaryName: `cosign${exe}`,
        checksumsFile: 'cosign_checksums.txt',
        assetPlatform
    };
}
const REPOS = {
    trivy: 'aquasecurity/trivy',
    cosign: 'sigstore/cosign'
};
/** `<base>/<owner>/<repo>/releases/download/v<version>/<file>`. */
function releaseUrl(baseUrl, tool, version, fileName) {
    const base = baseUrl.replace(/\/+$/, '');
    return `${base}/${REPOS[tool]}/releases/download/v${version}/${fileName}`;
}

// EXTERNAL MODULE: ./build/src/tools/install/checksums.js
var checksums = __webpack_require__(5297);
;// CONCATENATED MODULE: ./build/src/tools/install/download.js

/** A download that must not be retried: the answer will not change. */
class FinalError extends Error {
}
// Known limitation: a release is held in memory while it is checked and
// unpacked (about four times the archive's size at the peak, 250 MiB for
// Trivy's 60 MiB archive), rather than streamed to disk.
/**
 * Downloads `url` into memory with a timeout per attempt and bounded
 * retries with backoff. A 4xx answer is not retried. Throws a
 * `ScannerError` (INSTALL_FAILED) naming the URL and what to check.
 */
async function download(url, options) {
    const { tool, logger } = options;
    let lastError;
    for (let attempt = 0; attempt <= options.retries; attempt++) {
        if (attempt > 0) {
            const pause = options.backoffMs * 2 ** (attempt - 1);
            logger.info(`${tool}: retrying ${url} in ${pause} ms`);
            await new Promise((resolve) => setTimeout(resolve, pause));
        }
        try {
            return await fetchOnce(url, options.timeoutMs);
        }
        catch (error) {
            lastError = error;
            logger.debug(`${tool}: download of ${url} failed: ${String(error)}`);
            if (error instanceof FinalError)
                break;
        }
    }
    const why = lastError instanceof Error ? lastError.message : String(lastError);
    throw new errors/* ScannerError */.VM('INSTALL_FAILED', tool, `Could not download ${tool} from ${url}: ${why}`, {
        hint: 'Check the version exists, that download-base-url points at a GitHub-style release mirror, and that a proxy (HTTPS_PROXY) lets the runner reach it.',
        cause: lastError
    });
}
async function fetchOnce(url, timeoutMs) {
    const signal = AbortSignal.timeout(timeoutMs);
    let response;
    try {
        response = await fetch(url, { signal, redirect: 'follow' });
    }
    catch (error) {
        throw new Error(describe(error, timeoutMs), { cause: error });
    }
    if (response.status >= 400 && response.status < 500) {
        throw new FinalError(`HTTP ${response.status} ${response.statusText}`);
    }
    if (!response.ok) {
        throw new Error(`HTTP ${response.status} ${response.statusText}`);
    }
    try {
        return Buffer.from(await response.arrayBuffer());
    }
    catch (error) {
        throw new Error(describe(error, timeoutMs), { cause: error });
    }
}
function describe(error, timeoutMs) {
    const name = error.name;
    if (name === 'TimeoutError' || name === 'AbortError') {
        return `no complete answer within ${timeoutMs} ms`;
    }
    const cause = error.cause?.message;
    return cause ?? (error instanceof Error ? error.message : String(error));
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./build/src/tools/install/extract.js

/**
 * Takes one file out of a release archive in memory: the regular file
 * whose base name is `name`. Nothing else is written, so entries with
 * `..` or absolute paths cannot reach the disk. Throws when it is absent or
 * the archive is damaged.
 */
function extractFile(archive, format, name) {
    const found = format === 'zip'
        ? fromZip(archive, name)
        : fromTar((0,external_node_zlib_.gunzipSync)(archive), name);
    if (!found)
        throw new Error(`the archive holds no file named ${name}`);
    return found;
}
const BLOCK = 512;
function fromTar(tar, name) {
    let offset = 0;
    let longName;
    while (offset + BLOCK <= tar.length) {
        const header = tar.subarray(offset, offset + BLOCK);
        if (header.every((b) => b === 0))
            return undefined;
        const size = parseInt(extract_text(header, 124, 12).trim() || '0', 8);
        const type = String.fromCharCode(header[156] ?? 0);
        const prefix = extract_text(header, 345, 155);
        const entry = longName ?? (prefix ? `${prefix}/` : '') + extract_text(header, 0, 100);
        const start = offset + BLOCK;
        if (Number.isNaN(size) || start + size > tar.length) {
            throw new Error('the tar archive is truncated or damaged');
        }
        const data = tar.subarray(start, start + size);
        longName = undefined;
        if (type === 'L')
            longName = extract_text(data, 0, size);
        else if ((type === '0' || type === '\0') && baseName(entry) === name) {
            return Buffer.from(data);
        }
        offset = start + Math.ceil(size / BLOCK) * BLOCK;
    }
    throw new Error('the tar archive ends without its end marker');
}
function fromZip(zip, name) {
    const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0)
        throw new Error('the zip archive has no central directory');
    const count = zip.readUInt16LE(end + 10);
    let at = zip.readUInt32LE(end + 16);
    for (let i = 0; i < count; i++) {
        if (zip.readUInt32LE(at) !== 0x02014b50) {
            throw new Error('the zip central directory is damaged');
        }
        const method = zip.readUInt16LE(at + 10);
        const packed = zip.readUInt32LE(at + 20);
        const size = zip.readUInt32LE(at + 24);
        const nameLength = zip.readUInt16LE(at + 28);
        const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
        const local = zip.readUInt32LE(at + 42);
        const entry = zip.toString('utf8', at + 46, at + 46 + nameLength);
        at += 46 + skip;
        if (baseName(entry) !== name || entry.endsWith('/'))
            continue;
        const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const raw = zip.subarray(dataStart, dataStart + packed);
        const data = method === 0 ? raw : (0,external_node_zlib_.inflateRawSync)(raw);
        if (data.length !== size)
            throw new Error(`${name} in the zip archive is damaged`);
        return Buffer.from(data);
    }
    return undefined;
}
function extract_text(buf, start, length) {
    const raw = buf.subarray(start, start + length);
    const nul = raw.indexOf(0);
    return raw.toString('utf8', 0, nul < 0 ? raw.length : nul);
}
function baseName(entry) {
    return entry.replace(/\/+$/, '').split('/').at(-1) ?? '';
}

;// CONCATENATED MODULE: ./build/src/tools/install/platform.js

const OS = {
    linux: 'linux',
    darwin: 'darwin',
    win32: 'windows'
};
const ARCH = { x64: 'amd64', arm64: 'arm64' };
/** This machine's platform; a `UserError` where no release binary exists. */
function currentPlatform(platform = process.platform, arch = process.arch) {
    const os = OS[platform];
    const a = ARCH[arch];
    if (!os || !a) {
        throw new errors/* UserError */.yo(`Trivy and cosign cannot be installed on ${platform}/${arch}; supported: linux, darwin and win32 on x64 and arm64. Install them yourself and put them on PATH.`, 'tools');
    }
    return { os, arch: a };
}

;// CONCATENATED MODULE: ./build/src/tools/install/version.js
/**
 * The version a tool prints: `Version: 0.69.3` from `trivy --version`,
 * `GitVersion: v3.0.2` from `cosign version`.
 */
function parseToolVersion(tool, output) {
    const pattern = tool === 'trivy' ? /^Version:\s*v?(\S+)/m : /^GitVersion:\s*v?(\S+)/m;
    return pattern.exec(output)?.[1];
}
/** The arguments that make `tool` print its version. */
function versionArgs(tool) {
    return tool === 'trivy' ? ['--version'] : ['version'];
}
/**
 * True when `found` can stand in for `wanted`: the same major version
 * (0.x: the same minor, as 0.x releases break freely) and not older.
 */
function isAcceptableVersion(found, wanted) {
    const f = numbers(found);
    const w = numbers(wanted);
    if (!f || !w)
        return false;
    if (f[0] !== w[0])
        return false;
    if (w[0] === 0 && f[1] !== w[1])
        return false;
    for (let i = 0; i < 3; i++) {
        if ((f[i] ?? 0) !== (w[i] ?? 0))
            return (f[i] ?? 0) > (w[i] ?? 0);
    }
    return true;
}
function numbers(version) {
    const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

;// CONCATENATED MODULE: ./build/src/tools/install/resolver.js











const DOWNLOAD_DEFAULTS = { timeoutMs: 120_000, retries: 3, backoffMs: 1000 };
/**
 * Finds Trivy and cosign on PATH at an acceptable version, else in the
 * cache, else downloads the configured release, checks its SHA-256 (the
 * sum pinned in this source, or the release's checksums file for versions
 * without one) and caches it. Each tool is resolved once per instance.
 */
class resolver_InstallingToolResolver {
    options;
    pending = new Map();
    constructor(options) {
        this.options = options;
    }
    resolve(tool) {
        let found = this.pending.get(tool);
        if (!found) {
            found = this.locate(tool);
            this.pending.set(tool, found);
            found.catch(() => this.pending.delete(tool));
        }
        return found;
    }
    async locate(tool) {
        const { logger, cache } = this.options;
        const wanted = tool === 'trivy'
            ? this.options.tools.trivyVersion
            : this.options.tools.cosignVersion;
        const onPath = await this.fromPath(tool, wanted);
        if (onPath)
            return onPath;
        const platform = this.options.platform ?? currentPlatform();
        const asset = releaseAsset(tool, wanted, platform);
        const cached = await cache.find(tool, wanted, platform.arch, asset.binaryName);
        if (cached) {
            logger.info(`${tool}: using cached ${wanted} in ${cached}`);
            return external_node_path_.join(cached, asset.binaryName);
        }
        const dir = await this.install(asset, platform);
        return external_node_path_.join(dir, asset.binaryName);
    }
    async fromPath(tool, wanted) {
        const { logger } = this.options;
        const found = await findOnPath(tool, this.options.env);
        if (!found)
            return undefined;
        try {
            const result = await (0,run/* runTool */.qI)(found, {
                tool,
                args: versionArgs(tool),
                timeoutMs: 15_000,
                logger
            });
            const version = parseToolVersion(tool, result.stdout + result.stderr);
            if (version && isAcceptableVersion(version, wanted)) {
                logger.info(`${tool}: using ${found} (version ${version})`);
                return found;
            }
            logger.info(`${tool}: ${found} is version ${version ?? 'unknown'}, wanted ${wanted} or a compatible later one; installing ${wanted}`);
        }
        catch (error) {
            logger.warning(`${tool}: ${found} did not report its version (${String(error)}); installing ${wanted}`);
        }
        return undefined;
    }
    async install(asset, platform) {
        const { logger, tools } = this.options;
        const { tool, version, fileName } = asset;
        const url = releaseUrl(tools.downloadBaseUrl, tool, version, fileName);
        const dl = {
            ...DOWNLOAD_DEFAULTS,
            ...this.options.download,
            tool,
            logger
        };
        if (asset.assetPlatform.arch !== platform.arch) {
            logger.warning(`${tool}: no ${platform.os}/${platform.arch} build is published; installing the ${asset.assetPlatform.arch} build, which runs under emulation`);
        }
        return logger.group(`Installing ${tool} ${version}`, async () => {
            const expected = await this.expectedSum(asset, dl);
            const data = await download(url, dl);
            const actual = (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
            if (actual !== expected.sum) {
                throw new errors/* ScannerError */.VM('INSTALL_FAILED', tool, `Checksum mismatch for ${url}: expected SHA-256 ${expected.sum} (${expected.from}), got ${actual} (${data.length} bytes)`, {
                    hint: 'The download is damaged or is not the official release: check the mirror in download-base-url, or a proxy that rewrites downloads.'
                });
            }
            let binary;
            try {
                binary =
                    asset.format === 'binary'
                        ? data
                        : extractFile(data, asset.format, asset.binaryName);
            }
            catch (error) {
                throw new errors/* ScannerError */.VM('INSTALL_FAILED', tool, `Could not unpack ${url}: ${error.message}`, { cause: error });
            }
            const dir = await this.options.cache.store(tool, version, platform.arch, asset.binaryName, binary);
            logger.info(`${tool}: installed ${version} from ${url} into ${dir}`);
            return dir;
        });
    }
    async expectedSum(asset, dl) {
        const pinned = (0,checksums/* pinnedSha256 */.MV)(asset.tool, asset.version, asset.fileName);
        if (pinned)
            return { sum: pinned, from: 'pinned in this release of the gate' };
        const url = releaseUrl(this.options.tools.downloadBaseUrl, asset.tool, asset.version, asset.checksumsFile);
        const sums = (0,checksums/* parseChecksums */.yk)((await download(url, dl)).toString('utf8'));
        const sum = sums.get(asset.fileName);
        if (!sum) {
            throw new errors/* ScannerError */.VM('INSTALL_FAILED', asset.tool, `${url} lists no checksum for ${asset.fileName}`, {
                hint: `Check that ${asset.tool} ${asset.version} publishes ${asset.fileName}.`
            });
        }
        return { sum, from: asset.checksumsFile };
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 16 modules
var tool_cache = __webpack_require__(6635);
;// CONCATENATED MODULE: ./build/src/tools/install/cache.js





/** The CLI's cache: `<root>/<tool>/<version>/<arch>/<binary>`. */
class FolderToolCache {
    root;
    constructor(root = defaultCacheRoot()) {
        this.root = root;
    }
    async find(tool, version, arch, binaryName) {
        const dir = external_node_path_.join(this.root, tool, version, arch);
        return (await exists(external_node_path_.join(dir, binaryName))) ? dir : undefined;
    }
    async store(tool, version, arch, binaryName, data) {
        const parent = external_node_path_.join(this.root, tool, version);
        const dir = external_node_path_.join(parent, arch);
        await (0,promises_.mkdir)(parent, { recursive: true });
        // A temporary sibling on the same file system, so the rename is atomic.
        const temp = external_node_path_.join(parent, `.partial-${arch}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        try {
            await (0,promises_.mkdir)(temp);
            await (0,promises_.writeFile)(external_node_path_.join(temp, binaryName), data, { mode: 0o755 });
            await (0,promises_.rename)(temp, dir);
        }
        catch (error) {
            await (0,promises_.rm)(temp, { recursive: true, force: true });
            // Another run installed the same version first: use theirs.
            if (await exists(external_node_path_.join(dir, binaryName)))
                return dir;
            throw error;
        }
        return dir;
    }
}
/** `~/.cache/container-security-gate/tools`, or XDG_CACHE_HOME's. */
function defaultCacheRoot(env = process.env) {
    const base = env.XDG_CACHE_HOME || external_node_path_.join(external_node_os_.homedir(), '.cache');
    return external_node_path_.join(base, 'container-security-gate', 'tools');
}
/** The GitHub Actions tool cache (RUNNER_TOOL_CACHE), kept across jobs on self-hosted runners. */
class cache_ActionsToolCache {
    async find(tool, version, arch) {
        const dir = tc.find(tool, version, arch);
        return dir || undefined;
    }
    async store(tool, version, arch, binaryName, data) {
        const base = process.env.RUNNER_TEMP || os.tmpdir();
        const temp = await mkdtemp(path.join(base, `csg-${tool}-`));
        try {
            await writeFile(path.join(temp, binaryName), data, { mode: 0o755 });
            // cacheDir copies, then marks the version complete only at the end.
            return await tc.cacheDir(temp, tool, version, arch);
        }
        finally {
            await rm(temp, { recursive: true, force: true });
        }
    }
}
async function exists(file) {
    try {
        await (0,promises_.access)(file);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./build/src/tools/install/index.js







;// CONCATENATED MODULE: ./build/src/tools/resolvers.js

/** The CLI's resolver: PATH, else a download cached in a folder. */
function cliToolResolver(config, logger) {
    return new resolver_InstallingToolResolver({
        tools: config.tools,
        cache: new FolderToolCache(config.tools.cacheDir),
        logger
    });
}
/** The Action's resolver: PATH, else a download kept in the runner's tool cache. */
function actionToolResolver(config, logger) {
    return new InstallingToolResolver({
        tools: config.tools,
        cache: new ActionsToolCache(),
        logger
    });
}


/***/ }),

/***/ 2596:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qI: () => (/* binding */ runTool)
/* harmony export */ });
/* unused harmony exports redactOutput, meaningfulLine */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7406);


// Output past this many bytes is dropped from the middle of the kept text,
// so a tool that floods its streams cannot exhaust memory.
const MAX_KEPT_BYTES = 8 * 1024 * 1024;
const KILL_GRACE_MS = 2000;
/**
 * Runs `command` with an argument array and no shell, under a timeout.
 * Throws a `ScannerError` when it cannot start, times out, or exits with a
 * code not in `okExitCodes`; the error carries the meaningful stderr line.
 */
async function runTool(command, options) {
    const { tool, args, logger } = options;
    const started = Date.now();
    logger.debug(`${tool}: running ${command} ${args.join(' ')}`);
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, [...args], {
        cwd: options.cwd,
        env: { ...process.env, ...options.env },
        shell: false,
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true
    });
    const stdout = new BoundedText(MAX_KEPT_BYTES);
    const stderr = new BoundedText(MAX_KEPT_BYTES);
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS).unref();
    }, options.timeoutMs);
    const exit = await new Promise((resolve) => {
        child.once('error', (error) => resolve({ code: null, error }));
        child.once('close', (code, signal) => resolve({ code, signal }));
    }).finally(() => clearTimeout(timer));
    // A tool may echo a password it was given (an auth error quoting a URL
    // with credentials): nothing kept from its output may repeat one.
    const secrets = [...(options.secrets ?? []), ...secretValues(options.env)];
    // Values masked anywhere in this run (registry and key passwords) go
    // too, whichever tool was or was not given them.
    const result = {
        exitCode: exit.code ?? -1,
        stdout: logger.redact(redactOutput(stdout.text(), secrets)),
        stderr: logger.redact(redactOutput(stderr.text(), secrets)),
        durationMs: Date.now() - started
    };
    if (result.stderr)
        logger.debug(`${tool} stderr:\n${result.stderr}`);
    if (exit.error)
        throw spawnError(tool, command, exit.error);
    if (timedOut) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScannerError */ .VM('TIMED_OUT', tool, `${tool} did not finish within ${Math.round(options.timeoutMs / 1000)} s and was stopped`, {
            stderrLine: meaningfulLine(result.stderr),
            hint: `Raise the ${tool} timeout, or check that the registry or database mirror answers.`
        });
    }
    if (exit.signal) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScannerError */ .VM('EXIT_CODE', tool, `${tool} was killed by ${exit.signal} before it finished`, {
            stderrLine: meaningfulLine(result.stderr),
            hint: 'Something outside the gate stopped it: check the runner for memory limits (the OOM killer) or a cancelled job.'
        });
    }
    const ok = options.okExitCodes ?? [0];
    if (!ok.includes(result.exitCode)) {
        const line = meaningfulLine(result.stderr) ?? meaningfulLine(result.stdout);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScannerError */ .VM('EXIT_CODE', tool, `${tool} exited with code ${result.exitCode}${line ? `: ${line}` : ''}`, { exitCode: result.exitCode, stderrLine: line });
    }
    return result;
}
function spawnError(tool, command, error) {
    const code = error.code;
    if (code === 'ENOENT') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScannerError */ .VM('NOT_FOUND', tool, `${tool} was not found (looked for "${command}")`, { cause: error });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScannerError */ .VM('SPAWN_FAILED', tool, `${tool} could not be started: ${error.message}`, { cause: error });
}
const SECRET_NAME = /(PASSWORD|PASSWD|TOKEN|SECRET|_KEY)$/i;
// The values of environment variables whose names say they are secret.
function secretValues(env) {
    return Object.entries(env ?? {})
        .filter(([name, value]) => SECRET_NAME.test(name) && value.length >= 4)
        .map(([, value]) => value);
}
/**
 * Blanks `secrets` and the user:password part of URLs out of a tool's
 * output, so error messages built from it can be shown anywhere.
 */
function redactOutput(text, secrets) {
    let out = text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s:@"',]+:[^/\s@"',]+@/gi, '$1***@');
    for (const secret of secrets) {
        if (secret.length > 0)
            out = out.split(secret).join('***');
    }
    return out;
}
const FATAL_PATTERN = /\b(FATAL|fatal|Error|error|panic)\b/;
/**
 * The line of a tool's output that best says what went wrong: the last line
 * naming an error or fatal condition, else the last non-empty line.
 */
function meaningfulLine(text) {
    const lines = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l.length > 0);
    const fatal = lines.filter((l) => FATAL_PATTERN.test(l)).at(-1);
    const line = fatal ?? lines.at(-1);
    return line && line.length > 500 ? `${line.slice(0, 500)}…` : line;
}
/** Collects a stream's text, keeping its head and tail when it is too big. */
class BoundedText {
    limit;
    head = [];
    tail = [];
    headBytes = 0;
    tailBytes = 0;
    dropped = 0;
    constructor(limit) {
        this.limit = limit;
    }
    push(chunk) {
        if (this.headBytes < this.limit / 2) {
            this.head.push(chunk);
            this.headBytes += chunk.length;
            return;
        }
        this.tail.push(chunk);
        this.tailBytes += chunk.length;
        while (this.tailBytes > this.limit / 2 && this.tail.length > 1) {
            const first = this.tail.shift();
            this.tailBytes -= first.length;
            this.dropped += first.length;
        }
    }
    text() {
        const gap = this.dropped ? `\n… ${this.dropped} bytes left out …\n` : '';
        return (Buffer.concat(this.head).toString('utf8') +
            gap +
            Buffer.concat(this.tail).toString('utf8'));
    }
}


/***/ })

};
