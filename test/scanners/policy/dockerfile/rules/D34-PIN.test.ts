import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D34-PIN.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D34-PIN pip package version not pinned', () => {
  it('flags unpinned names in shell form and across continuations', () => {
    catches(
      rule,
      'FROM python:3.12-slim\nRUN pip install --no-cache-dir requests\n',
      [2]
    )
    catches(
      rule,
      'FROM python:3.12-slim\nRUN pip install --no-cache-dir \\\n      requests==2.32.3 \\\n      flask\n',
      [2]
    )
  })
  it('flags python -m pip in exec form, and pip3 under sh -c', () => {
    catches(
      rule,
      'FROM python:3.12-slim\nRUN ["python3", "-m", "pip", "install", "--no-cache-dir", "requests"]\n',
      [2]
    )
    catches(
      rule,
      "FROM python:3.12-slim AS a\nRUN pip install --no-cache-dir poetry==1.8.3\nFROM python:3.12-slim\nRUN sh -c 'pip3 install --no-cache-dir --upgrade pip'\n",
      [4]
    )
  })
  it('flags extras without a version and names after an option value', () => {
    catches(
      rule,
      'FROM python:3.12-slim\nRUN pip install --no-cache-dir "requests[socks]"\n',
      [2]
    )
    catches(
      rule,
      'FROM python:3.12-slim\nRUN pip install --no-cache-dir --index-url https://pypi.example/simple requests\n',
      [2]
    )
  })
  it('passes exact versions, ranges and compatible releases', () => {
    doesNotCatch(
      rule,
      'FROM python:3.12-slim\nRUN pip install --no-cache-dir "requests>=2.31,<3" \'flask~=3.0\' django==5.1 "httpx[http2]==0.27.2"\n'
    )
  })
  it('passes requirement files, editable installs, paths and archives', () => {
    doesNotCatch(
      rule,
      'FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt -e . ./dist/app-1.0.whl app.tar.gz\n'
    )
    doesNotCatch(
      rule,
      'FROM python:3.12-slim\nRUN pip install --no-cache-dir --require-hashes --requirement requirements.txt\n'
    )
  })
  it('passes VCS and direct URLs and variables', () => {
    doesNotCatch(
      rule,
      'FROM python:3.12-slim\nRUN pip install --no-cache-dir git+https://github.com/acme/lib@v1.2 $EXTRA "pkg @ https://example.com/pkg.zip"\n'
    )
  })
  it('passes pip subcommands that install nothing', () => {
    doesNotCatch(
      rule,
      'FROM python:3.12-slim\nRUN pip uninstall -y requests && pip list\n'
    )
  })
})
