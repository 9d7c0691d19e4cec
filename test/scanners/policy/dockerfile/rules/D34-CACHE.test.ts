import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D34-CACHE.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D34-CACHE pip install without --no-cache-dir', () => {
  it('flags each pip install, pip3 included, on its own line', () => {
    catches(
      rule,
      'FROM python:3.12-slim\nRUN pip install requests==2.32.3\n',
      [2]
    )
    catches(
      rule,
      'FROM python:3.12-slim\nRUN pip install --upgrade pip==24.2 && \\\n    pip3 install -r requirements.txt\n',
      [2, 3]
    )
  })
  it('flags python -m pip in exec form, and sh -c in a later stage', () => {
    catches(
      rule,
      'FROM python:3.12-slim\nRUN ["python3", "-m", "pip", "install", "requests==2.32.3"]\n',
      [2]
    )
    catches(
      rule,
      "FROM python:3.12-slim AS build\nRUN pip install --no-cache-dir wheel==0.44.0\nFROM python:3.12-slim\nRUN sh -c 'pip install --user requests==2.32.3'\n",
      [4]
    )
  })
  it('flags a mount that is not a cache', () => {
    catches(
      rule,
      'FROM python:3.12-slim\nRUN --mount=type=bind,source=.,target=/src pip install /src\n',
      [2]
    )
  })
  it('passes --no-cache-dir wherever it is written', () => {
    doesNotCatch(
      rule,
      'FROM python:3.12-slim\nRUN python -m pip install --no-cache-dir -r requirements.txt\n'
    )
    doesNotCatch(
      rule,
      'FROM python:3.12-slim\nRUN pip download requests==2.32.3 && pip --no-cache-dir install x==1\n'
    )
  })
  it('passes PIP_NO_CACHE_DIR in ENV or before the command', () => {
    doesNotCatch(
      rule,
      'FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1\nRUN pip install requests==2.32.3\n'
    )
    // pip disables its cache for any value of the variable, even 0/off.
    doesNotCatch(
      rule,
      'FROM python:3.12-slim\nRUN PIP_NO_CACHE_DIR=off pip install requests==2.32.3\n'
    )
    doesNotCatch(
      rule,
      'FROM python:3.12-slim AS base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install requests==2.32.3\n'
    )
  })
  it('passes a cache mount', () => {
    doesNotCatch(
      rule,
      'FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install requests==2.32.3\n'
    )
  })
  it('passes export PIP_NO_CACHE_DIR earlier in the RUN', () => {
    doesNotCatch(
      rule,
      'FROM python:3.12-slim\nRUN export PIP_NO_CACHE_DIR=1 && pip install requests==2.32.3\n'
    )
    doesNotCatch(
      rule,
      'FROM python:3.12-slim\nARG PIP_NO_CACHE_DIR=1\nRUN pip install requests==2.32.3\n'
    )
  })
  it('flags an install before the export, or an ARG given before FROM', () => {
    catches(
      rule,
      'FROM python:3.12-slim\nRUN pip install requests==2.32.3 && export PIP_NO_CACHE_DIR=1\n',
      [2]
    )
    // A global ARG is not in a RUN's environment unless the stage names it.
    catches(
      rule,
      'ARG PIP_NO_CACHE_DIR=1\nFROM python:3.12-slim\nRUN pip install requests==2.32.3\n',
      [3]
    )
  })
  // An ENV is in force only in its stage after it, and in the stages that
  // build on that stage.
  it('flags a stage that does not inherit the ENV', () => {
    catches(
      rule,
      'FROM python:3.12-slim AS tools\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12-slim\nRUN pip install requests==2.32.3\n',
      [4]
    )
  })
  it('flags an install that runs before the ENV', () => {
    catches(
      rule,
      'FROM python:3.12-slim\nRUN pip install requests==2.32.3\nENV PIP_NO_CACHE_DIR=1\n',
      [2]
    )
  })
})
