/**
 * Positive and negative examples for every configuration rule, keyed by rule id. A positive case names
 * the line the match must point at; a negative case must produce no match of that rule.
 */
export interface RuleCase {
  name: string
  text: string
  /** For positive cases: the line of the offending instruction, key or expression. */
  line?: number
}

export interface RuleCases {
  positive: RuleCase[]
  negative: RuleCase[]
}

const lines = (...content: string[]): string => `${content.join('\n')}\n`

export const ruleCases: Record<string, RuleCases> = {
  'dockerfile-runs-as-root': {
    positive: [
      { name: 'no USER at all', text: lines('FROM node:20', 'CMD ["node", "app.js"]'), line: 1 },
      {
        name: 'last USER is root',
        text: lines('FROM node:20', 'USER node', 'RUN make', 'USER root'),
        line: 4,
      },
      { name: 'USER 0:0', text: lines('FROM node:20', 'USER 0:0'), line: 2 },
      {
        name: 'USER only in a build stage the final one does not build on',
        text: lines('FROM node:20 AS build', 'USER node', 'FROM nginx:1.27', 'COPY --from=build /a /b'),
        line: 3,
      },
      {
        name: 'final stage inherits root from the stage it builds on',
        text: lines('FROM node:20 AS base', 'USER root', 'FROM base', 'CMD ["x"]'),
        line: 2,
      },
      {
        name: 'lower-case instruction and root in the final stage',
        text: lines('from node:20', 'user root'),
        line: 2,
      },
    ],
    negative: [
      { name: 'final stage switches to a user', text: lines('FROM node:20', 'USER node', 'CMD ["node"]') },
      { name: 'numeric non-root user', text: lines('FROM node:20', 'USER 1001:1001') },
      {
        name: 'multi-stage: root in the build stage, user in the final one',
        text: lines('FROM node:20 AS build', 'USER root', 'FROM node:20-slim', 'USER node'),
      },
      {
        name: 'final stage inherits a user from its parent stage',
        text: lines('FROM node:20 AS base', 'USER node', 'FROM base AS final', 'CMD ["x"]'),
      },
      {
        name: 'distroless nonroot image',
        text: lines('FROM gcr.io/distroless/static:nonroot', 'COPY app /app'),
      },
      {
        name: 'user chosen by a build argument',
        text: lines('FROM node:20', 'ARG APP_USER=app', 'USER $APP_USER'),
      },
      { name: 'not a Dockerfile at all', text: lines('just some text', 'without instructions') },
    ],
  },
  'dockerfile-latest-tag': {
    positive: [
      { name: 'explicit :latest', text: lines('FROM node:latest', 'USER node'), line: 1 },
      { name: 'no tag', text: lines('FROM ubuntu', 'USER app'), line: 1 },
      {
        name: 'registry with port, no tag',
        text: lines('FROM registry.local:5000/team/app', 'USER app'),
        line: 1,
      },
      {
        name: 'latest through a build-argument default',
        text: lines('ARG TAG=latest', 'FROM --platform=linux/amd64 python:${TAG} AS app', 'USER app'),
        line: 2,
      },
      {
        name: 'second stage untagged',
        text: lines('FROM golang:1.22 AS build', 'FROM alpine', 'USER app'),
        line: 2,
      },
    ],
    negative: [
      { name: 'version tag', text: lines('FROM node:20.11-bookworm-slim') },
      { name: 'digest pin', text: lines(`FROM node@sha256:${'a'.repeat(64)}`) },
      { name: 'tag and digest', text: lines(`FROM node:latest@sha256:${'b'.repeat(64)}`) },
      {
        name: 'scratch',
        text: lines('FROM golang:1.22 AS build', 'FROM scratch', 'COPY --from=build /app /app'),
      },
      { name: 'earlier build stage', text: lines('FROM golang:1.22 AS Build', 'FROM build', 'USER app') },
      { name: 'image chosen at build time', text: lines('ARG BASE', 'FROM ${BASE}') },
      { name: 'version from a build-argument default', text: lines('ARG V=3.12', 'FROM python:${V}-slim') },
      { name: 'FROM inside a comment', text: lines('# FROM ubuntu', 'FROM ubuntu:24.04') },
    ],
  },
  'dockerfile-secret-in-env': {
    positive: [
      { name: 'ENV key=value', text: lines('FROM node:20', 'ENV API_KEY=sk_live_abcdef123456'), line: 2 },
      {
        name: 'legacy ENV key value',
        text: lines('FROM node:20', 'ENV DB_PASSWORD hunter2 and more'),
        line: 2,
      },
      {
        name: 'second pair on a continuation line',
        text: lines(
          'FROM node:20',
          'ENV NODE_ENV=production \\',
          '    AWS_SECRET_ACCESS_KEY="wJalrXUtnFEMI/K7MDENG"',
        ),
        line: 3,
      },
      { name: 'ARG with a default', text: lines('ARG NPM_TOKEN=npm_abcdef', 'FROM node:20'), line: 1 },
      { name: 'quoted value with spaces', text: lines('FROM x:1', "ENV client_secret='a b c'"), line: 2 },
      {
        name: 'backtick escape directive',
        text: lines(
          '# escape=`',
          'FROM mcr.microsoft.com/windows:ltsc2022',
          'ENV A=1 `',
          '    GITHUB_TOKEN=ghp_x',
        ),
        line: 4,
      },
    ],
    negative: [
      { name: 'reference to another variable', text: lines('FROM x:1', 'ARG TOKEN', 'ENV TOKEN=$TOKEN') },
      { name: 'braced reference', text: lines('FROM x:1', 'ENV DB_PASSWORD=${DB_PASSWORD}') },
      { name: 'empty value', text: lines('FROM x:1', 'ENV API_KEY=""') },
      { name: 'ARG without a default', text: lines('ARG NPM_TOKEN', 'FROM x:1') },
      { name: 'path to a secret file', text: lines('FROM x:1', 'ENV DB_PASSWORD_FILE=/run/secrets/db') },
      {
        name: 'name only looks like a secret',
        text: lines('FROM x:1', 'ENV TOKENIZERS_PARALLELISM=false PWD=/app'),
      },
      {
        name: 'public GPG key fingerprint',
        text: lines('FROM x:1', 'ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8'),
      },
      { name: 'feature flag', text: lines('FROM x:1', 'ENV REQUIRE_TOKEN=true') },
      {
        name: 'secret mount instead',
        text: lines('FROM x:1', 'RUN --mount=type=secret,id=npm_token npm ci'),
      },
    ],
  },
  'dockerfile-add-remote-url': {
    positive: [
      { name: 'https download', text: lines('FROM x:1', 'ADD https://example.com/tool.tgz /opt/'), line: 2 },
      {
        name: 'with flags, on a continuation line',
        text: lines('FROM x:1', 'ADD --chown=app:app \\', '    http://example.com/a.bin /a.bin'),
        line: 3,
      },
      { name: 'exec form', text: lines('FROM x:1', 'ADD ["https://example.com/a", "/a"]'), line: 2 },
      {
        name: 'exec form after a flag',
        text: lines('FROM x:1', 'ADD --chown=app ["https://example.com/a", "/a"]'),
        line: 2,
      },
    ],
    negative: [
      { name: 'local file', text: lines('FROM x:1', 'ADD app.tar.gz /opt/') },
      {
        name: 'checksum given',
        text: lines('FROM x:1', `ADD --checksum=sha256:${'c'.repeat(64)} https://example.com/a /a`),
      },
      { name: 'COPY is not ADD', text: lines('FROM x:1', 'COPY https-notes.txt /a') },
      { name: 'URL as the destination only', text: lines('FROM x:1', 'ADD a.txt /https://x') },
    ],
  },
  'dockerfile-curl-pipe-shell': {
    positive: [
      { name: 'curl | sh', text: lines('FROM x:1', 'RUN curl -fsSL https://get.example.sh | sh'), line: 2 },
      {
        name: 'wget | sudo bash after a continuation',
        text: lines('FROM x:1', 'RUN apt-get update && \\', '    wget -qO- https://x.io/i | sudo -E bash -'),
        line: 3,
      },
      {
        name: 'bash process substitution',
        text: lines('FROM x:1', 'RUN bash <(curl -s https://x.io/i)'),
        line: 2,
      },
      {
        name: 'inside a heredoc',
        text: lines('FROM x:1', 'RUN <<EOF', 'set -e', 'curl https://x.io/i | /bin/sh', 'EOF', 'USER app'),
        line: 2,
      },
      {
        name: 'inside bash -c "…"',
        text: lines('FROM x:1', `RUN bash -c "curl -sL https://x.io/i | sudo sh"`),
        line: 2,
      },
      {
        name: 'exec form with a mount flag',
        text: lines('FROM x:1', 'RUN --mount=type=cache,target=/root ["bash", "-c", "wget -O- x.io | bash"]'),
        line: 2,
      },
      {
        name: 'exec form with sh -c',
        text: lines('FROM x:1', 'RUN ["/bin/sh", "-c", "curl -s https://x.io | sh"]'),
        line: 2,
      },
    ],
    negative: [
      {
        name: 'download then verify',
        text: lines('FROM x:1', 'RUN curl -o i.sh https://x.io/i && sha256sum -c sums && sh i.sh'),
      },
      {
        name: 'curl piped to a JSON tool',
        text: lines('FROM x:1', 'RUN curl -s https://api.x.io | jq .version'),
      },
      { name: 'shell pipe without a download', text: lines('FROM x:1', 'RUN cat script | sh') },
      {
        name: 'download and shell in separate commands',
        text: lines('FROM x:1', 'RUN curl -o i.sh https://x.io/i; echo done | tee log && sh i.sh'),
      },
      { name: 'curl in a comment', text: lines('FROM x:1', '# RUN curl x | sh', 'RUN echo ok') },
      {
        name: 'curl | sh as heredoc text of COPY is data, not a RUN',
        text: lines('FROM x:1', 'COPY <<EOF /notes.txt', 'curl x | sh', 'EOF'),
      },
    ],
  },
  'workflow-pull-request-target-checkout': {
    positive: [
      {
        name: 'checkout of the head sha',
        text: lines(
          'on: pull_request_target',
          'jobs:',
          '  build:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - uses: actions/checkout@v4',
          '        with:',
          '          ref: ${{ github.event.pull_request.head.sha }}',
          '      - run: npm ci && npm test',
        ),
        line: 8,
      },
      {
        name: 'trigger in a list, refs/pull merge ref',
        text: lines(
          'on: [push, pull_request_target]',
          'jobs:',
          '  build:',
          '    steps:',
          '      - uses: actions/checkout@8f4b7f84864484a7bf31766abe9204da3cbe65b3',
          '        with:',
          '          ref: refs/pull/${{ github.event.number }}/merge',
        ),
        line: 7,
      },
      {
        name: 'trigger in a mapping, head repository and branch',
        text: lines(
          'on:',
          '  pull_request_target:',
          '    types: [opened, synchronize]',
          'jobs:',
          '  build:',
          '    steps:',
          '      - uses: actions/checkout@v4',
          '        with:',
          '          repository: ${{ github.event.pull_request.head.repo.full_name }}',
          '          ref: ${{ github.head_ref }}',
        ),
        line: 10,
      },
    ],
    negative: [
      {
        name: 'pull_request trigger (no secrets) checking out the head',
        text: lines(
          'on: pull_request',
          'jobs:',
          '  build:',
          '    steps:',
          '      - uses: actions/checkout@v4',
          '        with:',
          '          ref: ${{ github.event.pull_request.head.sha }}',
        ),
      },
      {
        name: 'pull_request_target checking out the base branch',
        text: lines(
          'on: pull_request_target',
          'permissions:',
          '  pull-requests: write',
          'jobs:',
          '  label:',
          '    steps:',
          '      - uses: actions/checkout@v4',
          '      - uses: actions/labeler@v5',
        ),
      },
    ],
  },
  'workflow-write-all-permissions': {
    positive: [
      {
        name: 'top-level write-all',
        text: lines('on: push', 'permissions: write-all', 'jobs:', '  a:', '    steps:', '      - run: make'),
        line: 2,
      },
      {
        name: 'job-level write-all',
        text: lines(
          'on: push',
          'jobs:',
          '  a:',
          '    permissions: write-all',
          '    steps:',
          '      - run: make',
        ),
        line: 4,
      },
      {
        name: 'contents: write on pull_request_target',
        text: lines(
          'on: { pull_request_target: { types: [opened] } }',
          'permissions:',
          '  pull-requests: write',
          '  contents: write',
          'jobs:',
          '  a:',
          '    steps:',
          '      - run: echo hi',
        ),
        line: 4,
      },
    ],
    negative: [
      {
        name: 'read-only permissions',
        text: lines('on: push', 'permissions: read-all', 'jobs:', '  a:', '    steps:', '      - run: make'),
      },
      {
        name: 'contents: write on push (a release job)',
        text: lines(
          'on: push',
          'permissions:',
          '  contents: write',
          'jobs:',
          '  a:',
          '    steps:',
          '      - run: x',
        ),
      },
      {
        name: 'pull-requests: write on pull_request_target (a labeller)',
        text: lines('on: pull_request_target', 'permissions:', '  pull-requests: write', 'jobs: {}'),
      },
      {
        name: 'no permissions key',
        text: lines('on: push', 'jobs:', '  a:', '    steps:', '      - run: make'),
      },
    ],
  },
  'workflow-script-injection': {
    positive: [
      {
        name: 'issue title in a block run script',
        text: lines(
          'on: issues',
          'jobs:',
          '  triage:',
          '    steps:',
          '      - run: |',
          '          echo "triaging"',
          '          echo "${{ github.event.issue.title }}"',
        ),
        line: 7,
      },
      {
        name: 'head_ref in a plain run',
        text: lines(
          'on: pull_request',
          'jobs:',
          '  a:',
          '    steps:',
          '      - run: git checkout ${{ github.head_ref }}',
        ),
        line: 5,
      },
      {
        name: 'comment body in github-script',
        text: lines(
          'on: issue_comment',
          'jobs:',
          '  a:',
          '    steps:',
          '      - uses: actions/github-script@v7',
          '        with:',
          '          script: |',
          '            const body = `${{ github.event.comment.body }}`',
        ),
        line: 8,
      },
      {
        name: 'commit messages in a quoted run',
        text: lines(
          'on: push',
          'jobs:',
          '  a:',
          '    steps:',
          '      - run: "echo \\"${{ github.event.commits[0].message }}\\""',
        ),
        line: 5,
      },
    ],
    negative: [
      {
        name: 'title passed through an environment variable',
        text: lines(
          'on: issues',
          'jobs:',
          '  a:',
          '    steps:',
          '      - env:',
          '          TITLE: ${{ github.event.issue.title }}',
          '        run: echo "$TITLE"',
        ),
      },
      {
        name: 'trusted contexts in run',
        text: lines(
          'on: pull_request',
          'jobs:',
          '  a:',
          '    steps:',
          '      - run: echo ${{ github.sha }} ${{ github.event.pull_request.head.sha }} ${{ secrets.X }}',
        ),
      },
      {
        name: 'untrusted field as an action input',
        text: lines(
          'on: issues',
          'jobs:',
          '  a:',
          '    steps:',
          '      - uses: actions/github-script@v7',
          '        with:',
          '          title: ${{ github.event.issue.title }}',
          '          script: console.log(context.payload.issue.title)',
        ),
      },
    ],
  },
  'workflow-unpinned-third-party-action': {
    positive: [
      {
        name: 'tag',
        text: lines('on: push', 'jobs:', '  a:', '    steps:', '      - uses: tj-actions/changed-files@v45'),
        line: 5,
      },
      {
        name: 'branch, with a path',
        text: lines(
          'on: push',
          'jobs:',
          '  a:',
          '    steps:',
          '      - uses: aws-actions/amazon-ecr-login/sub@main',
        ),
        line: 5,
      },
      {
        name: 'reusable workflow by branch',
        text: lines('on: push', 'jobs:', '  call:', '    uses: acme/shared/.github/workflows/ci.yml@main'),
        line: 4,
      },
      {
        name: 'short sha',
        text: lines('on: push', 'jobs:', '  a:', '    steps:', '      - uses: docker/login-action@9ec57ed'),
        line: 5,
      },
    ],
    negative: [
      {
        name: 'pinned by full sha',
        text: lines(
          'on: push',
          'jobs:',
          '  a:',
          '    steps:',
          '      - uses: docker/login-action@9ec57ed1fcdbf14dcef7dfbe97b2010124a938b7 # v3',
        ),
      },
      {
        name: 'pinned by a SHA-256 commit id',
        text: lines('on: push', 'jobs:', '  a:', '    steps:', `      - uses: acme/deploy@${'e'.repeat(64)}`),
      },
      {
        name: 'GitHub-owned actions by tag',
        text: lines(
          'on: push',
          'jobs:',
          '  a:',
          '    steps:',
          '      - uses: actions/checkout@v4',
          '      - uses: github/codeql-action/init@v3',
        ),
      },
      {
        name: 'local action and docker image',
        text: lines(
          'on: push',
          'jobs:',
          '  a:',
          '    steps:',
          '      - uses: ./.github/actions/setup',
          '      - uses: docker://alpine:3.20',
        ),
      },
    ],
  },
}
