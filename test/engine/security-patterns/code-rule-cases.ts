/**
 * For every code rule: snippets it must match, and near misses it must not. Table-driven by
 * code-rules.test.ts, which fails when a rule of the pack has no case of either kind.
 */
export const CODE_RULE_CASES: Record<string, { positive: string[]; negative: string[] }> = {
  eval: {
    positive: [
      'eval(userCode)',
      'const f = (x: string) => eval(`return ${x}`)',
      'window.eval(req.body.script)',
    ],
    negative: ["eval('1 + 1')", 'parser.eval(expression)', 'const evaluate = (x: number) => x * 2'],
  },
  'new-function': {
    positive: ["const f = new Function('a', body)", 'const g = Function(`return ${expr}`)'],
    negative: ["const f = new Function('a', 'return a + 1')", 'new Functionality(x)'],
  },
  'string-timer': {
    positive: [
      "setTimeout('refresh()', 1000)",
      'setInterval(`tick(${id})`, 50)',
      "window.setTimeout('go()', 1)",
    ],
    negative: ['setTimeout(() => refresh(), 1000)', 'setInterval(tick, 50)', "clock.setTimeout('x', 1)"],
  },
  'vm-run-code': {
    positive: [
      'vm.runInNewContext(formula, sandbox)',
      'const script = new vm.Script(source)',
      'runInThisContext(code)',
    ],
    negative: [
      "vm.runInNewContext('1 + 1', sandbox)",
      'other.runInNewContext(code)',
      'const lodash = runInContext(context)',
      'const script = new Script(source)',
    ],
  },
  'child-process-interpolated': {
    positive: [
      'exec(`convert ${file} out.png`)',
      "child_process.execSync('git log ' + branch)",
      "cp.exec('ls ' + req.query.dir)",
      'spawn(`tar -xf ${archive}`, { shell: true })',
      'function run(req) { exec(req.body.command) }',
    ],
    negative: [
      "exec('ls -la')",
      "execFile('git', ['log', branch])",
      'const match = pattern.exec(`${line}`)',
      "spawn('tar', ['-xf', archive])",
    ],
  },
  'sql-built-query': {
    positive: [
      'db.query(`SELECT * FROM users WHERE id = ${id}`)',
      "pool.query('DELETE FROM orders WHERE id = ' + orderId)",
      "async function f(name) { const sql = `SELECT * FROM t WHERE name = '${name}'`; return db.query(sql) }",
      'knex.whereRaw(`id = ${id}`)',
      'prisma.$queryRawUnsafe(`UPDATE users SET name = ${name}`)',
    ],
    negative: [
      "db.query('SELECT * FROM users WHERE id = $1', [id])",
      'prisma.$queryRaw`SELECT * FROM users WHERE id = ${id}`',
      'api.get(`/select/${id}`)',
      'const rows = db.query(sqlFromFile)',
    ],
  },
  'nosql-injection': {
    positive: ['User.find(req.body)', 'users.findOne(req.query)', 'db.collection.find({ $where: filter })'],
    negative: [
      'User.find({ email: String(req.body.email) })',
      "users.find({ $where: 'this.a > 1' })",
      'list.find(item => item.id === id)',
    ],
  },
  'regexp-from-request': {
    positive: ['new RegExp(req.query.search)', 'const r = RegExp(`^${req.params.prefix}`)'],
    negative: ['new RegExp(escapeRegExp(req.query.search))', "new RegExp('^[a-z]+$')"],
  },
  'xxe-noent': {
    positive: ['libxmljs.parseXml(xml, { noent: true })'],
    negative: ['libxmljs.parseXml(xml, { noent: false })', 'libxmljs.parseXml(xml)'],
  },
  'insecure-deserialization': {
    positive: ['serialize.unserialize(req.cookies.profile)', 'const obj = unserialize(data)'],
    negative: ['const obj = JSON.parse(data)', 'serialize.serialize(obj)'],
  },
  'reflected-xss': {
    positive: [
      'res.send(req.query.name)',
      'res.send(`<h1>Hello ${req.query.name}</h1>`)',
      'response.write(request.body.text)',
    ],
    negative: ["res.send('ok')", 'res.json(req.query)', 'res.send(escapeHtml(req.query.name))'],
  },
  'open-redirect': {
    positive: [
      'res.redirect(req.query.next)',
      'res.redirect(302, req.query.url)',
      'app.get("/", (req, res) => { const next = req.query.next; res.redirect(next) })',
      'ctx.redirect(`${ctx.query.to}/done`)',
    ],
    negative: [
      "res.redirect('/login')",
      "res.redirect('/done?next=' + req.query.next)",
      'router.redirect(next)',
    ],
  },
  'path-traversal': {
    positive: [
      'fs.readFile(req.params.name, cb)',
      "fs.createReadStream('/srv/files/' + req.query.file)",
      'fs.readFileSync(path.join(__dirname, req.query.file))',
      'function get(req, res) { const { name } = req.params; res.sendFile(name) }',
      // The name sits below the call's arguments: found through parents the walk set on its way down.
      "function get(req, res) { const { name } = req.params; fs.readFile('/srv/files/' + name, cb) }",
      'function get(req) { const file = req.query.file; return fs.createReadStream(path.join(root, `${file}.txt`)) }',
    ],
    negative: [
      "fs.readFile(path.join(__dirname, 'static', 'index.html'), cb)",
      'res.sendFile(req.params.name, { root: PUBLIC })',
      'fs.readFileSync(configPath)',
    ],
  },
  'ssrf-request-url': {
    positive: [
      'fetch(req.query.url)',
      'axios.get(req.body.webhook)',
      'axios({ url: req.body.target })',
      'http.get(`${req.query.host}/status`)',
    ],
    negative: [
      "fetch('https://api.example.com/v1/items')",
      'fetch(`https://api.example.com/search?q=${req.query.q}`)',
      'cache.get(req.query.key)',
    ],
  },
  'prototype-pollution-merge': {
    positive: [
      'function merge(target, source) { for (const key in source) { if (typeof source[key] === "object") { if (!target[key]) target[key] = {}; merge(target[key], source[key]) } else { target[key] = source[key] } } }',
      'const deepMerge = (t, s) => { for (const k of Object.keys(s)) { if (isObject(s[k])) { t[k] = t[k] || {}; deepMerge(t[k], s[k]) } else t[k] = s[k] } }',
    ],
    negative: [
      'function merge(target, source) { for (const key in source) { if (key === "__proto__") continue; if (typeof source[key] === "object") merge(target[key], source[key]); else target[key] = source[key] } }',
      'function copy(target, source) { for (const key in source) target[key] = source[key] }',
      'const deepCopy = (t, s) => { for (const k of Object.keys(s)) { t[k] = isObject(s[k]) ? deepCopy({}, s[k]) : s[k] } }',
      'function track(obj) { const out = {}; for (const key in obj) out[key] = track(obj[key]); return out }',
    ],
  },
  'deep-merge-request': {
    positive: [
      '_.merge(settings, req.body)',
      'const merged = deepmerge(defaults, req.body.options)',
      '_.set(user, req.body.path, req.body.value)',
    ],
    negative: [
      '_.merge(settings, defaults)',
      'cache.set(req.query.key, value)',
      '_.set(user, "profile.name", req.body.name)',
    ],
  },
  'tls-reject-unauthorized': {
    positive: [
      'const agent = new https.Agent({ rejectUnauthorized: false })',
      'options.rejectUnauthorized = false',
    ],
    negative: [
      'const agent = new https.Agent({ rejectUnauthorized: true })',
      'const agent = new https.Agent({ ca })',
      "const agent = new https.Agent({ rejectUnauthorized: 'false' })",
    ],
  },
  'tls-env-disabled': {
    positive: [
      "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'",
      "spawn('node', ['x'], { env: { NODE_TLS_REJECT_UNAUTHORIZED: '0' } })",
    ],
    negative: [
      "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1'",
      'const value = process.env.NODE_TLS_REJECT_UNAUTHORIZED',
      "process.env.NODE_TLS_REJECT_UNAUTHORIZED = 'false'",
    ],
  },
  'tls-server-identity-ignored': {
    positive: [
      'tls.connect({ host, checkServerIdentity: () => undefined })',
      'https.request({ checkServerIdentity() {} , host })',
      'https.request({ checkServerIdentity: function () { return null } })',
    ],
    negative: [
      'tls.connect({ host, checkServerIdentity: (host, cert) => tls.checkServerIdentity(host, cert) ?? pin(cert) })',
    ],
  },
  'tls-legacy-version': {
    positive: [
      "tls.createServer({ minVersion: 'TLSv1' })",
      "https.request({ secureProtocol: 'TLSv1_method' })",
    ],
    negative: [
      "tls.createServer({ minVersion: 'TLSv1.2' })",
      "tls.createServer({ secureProtocol: 'TLS_method' })",
    ],
  },
  'weak-password-hash': {
    positive: [
      "const hash = crypto.createHash('md5').update(password).digest('hex')",
      "createHash('sha256').update(user.password).digest('hex')",
      'const stored = sha1(password)',
    ],
    negative: [
      'const hash = await bcrypt.hash(password, 12)',
      "crypto.createHash('sha256').update(fileContents).digest('hex')",
    ],
  },
  'weak-hash-algorithm': {
    positive: ["const etag = crypto.createHash('md5').update(body).digest('hex')", "createHash('SHA1')"],
    negative: ["crypto.createHash('sha256').update(body)", "crypto.createHash('md5').update(password)"],
  },
  'math-random-token': {
    positive: [
      'const resetToken = Math.random().toString(36).slice(2)',
      'user.sessionId = Math.floor(Math.random() * 1e9)',
      'function makeToken() { return Math.random().toString(36) }',
      '({ otp: String(Math.floor(Math.random() * 1e6)) })',
    ],
    negative: [
      'const delay = Math.random() * 1000',
      'const token = crypto.randomBytes(32).toString("hex")',
      'const author = Math.random()',
    ],
  },
  'cipher-without-iv': {
    positive: [
      "const cipher = crypto.createCipher('aes-256-cbc', password)",
      "crypto.createDecipher('aes192', key)",
    ],
    negative: [
      "const cipher = crypto.createCipheriv('aes-256-gcm', key, iv)",
      'export const salsa20 = createCipher(salsaCore, { blockSize: 64 })',
    ],
  },
  'weak-cipher-algorithm': {
    positive: [
      "crypto.createCipheriv('des-ede3-cbc', key, iv)",
      "createCipheriv('aes-128-ecb', key, null)",
      "crypto.createCipheriv('rc4', key, '')",
    ],
    negative: [
      "crypto.createCipheriv('aes-256-gcm', key, iv)",
      "crypto.createCipheriv('chacha20-poly1305', key, iv)",
    ],
  },
  'static-iv': {
    positive: [
      "crypto.createCipheriv('aes-256-cbc', key, Buffer.alloc(16, 0))",
      "createCipheriv('aes-256-gcm', key, '0123456789ab')",
    ],
    negative: [
      "crypto.createCipheriv('aes-256-gcm', key, crypto.randomBytes(12))",
      "crypto.createCipheriv('aes-256-gcm', key, iv)",
    ],
  },
  'jwt-verify-no-algorithms': {
    positive: [
      'jwt.verify(token, publicKey)',
      'jwt.verify(token, secret, (err, payload) => done(err, payload))',
      "jwt.verify(token, secret, { issuer: 'me' })",
    ],
    negative: [
      "jwt.verify(token, publicKey, { algorithms: ['RS256'] })",
      'jwt.verify(token, key, options)',
      'signature.verify(data, key)',
    ],
  },
  'jwt-none-algorithm': {
    positive: [
      "jwt.verify(token, key, { algorithms: ['none'] })",
      "jwt.sign(payload, '', { algorithm: 'none' })",
    ],
    negative: [
      "jwt.verify(token, key, { algorithms: ['RS256'] })",
      "jwt.sign(payload, key, { algorithm: 'HS256' })",
    ],
  },
  'jwt-ignore-expiration': {
    positive: ["jwt.verify(token, key, { algorithms: ['HS256'], ignoreExpiration: true })"],
    negative: ["jwt.verify(token, key, { algorithms: ['HS256'], ignoreExpiration: false })"],
  },
  'cors-credentials-any-origin': {
    positive: [
      'app.use(cors({ origin: true, credentials: true }))',
      "res.writeHead(200, { 'Access-Control-Allow-Origin': req.headers.origin, 'Access-Control-Allow-Credentials': 'true' })",
    ],
    negative: [
      "app.use(cors({ origin: ['https://app.example.com'], credentials: true }))",
      'app.use(cors({ origin: true }))',
      "res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' })",
    ],
  },
  'cors-reflected-origin': {
    positive: [
      "res.setHeader('Access-Control-Allow-Origin', req.headers.origin)",
      "res.header('access-control-allow-origin', req.headers.origin)",
    ],
    negative: [
      "res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com')",
      "res.setHeader('Content-Type', req.headers.accept)",
    ],
  },
  'cookie-without-httponly': {
    positive: [
      "res.cookie('session', id, { secure: true })",
      "res.cookie('auth_token', token)",
      "reply.setCookie('sid', id, { httpOnly: false, secure: true })",
    ],
    negative: [
      "res.cookie('session', id, { httpOnly: true, secure: true })",
      "res.cookie('theme', 'dark')",
      "res.cookie('session', id, cookieOptions)",
    ],
  },
  'cookie-without-secure': {
    positive: [
      "res.cookie('session', id, { httpOnly: true })",
      "res.cookie('jwt', token, { httpOnly: true, secure: false })",
    ],
    negative: [
      "res.cookie('session', id, { httpOnly: true, secure: isProduction })",
      "res.cookie('lang', 'en')",
    ],
  },
  'cookie-samesite-none-insecure': {
    positive: [
      "res.cookie('sid', id, { httpOnly: true, sameSite: 'none' })",
      "const options = { sameSite: 'None', secure: false }",
    ],
    negative: [
      "res.cookie('sid', id, { httpOnly: true, secure: true, sameSite: 'none' })",
      "const options = { sameSite: 'lax' }",
      "const options = { sameSite: 'none', secure: isProduction }",
    ],
  },
  'session-cookie-insecure': {
    positive: [
      'app.use(session({ secret, cookie: { secure: false } }))',
      'app.use(cookieSession({ name: "s", keys, httpOnly: false }))',
    ],
    negative: [
      'app.use(session({ secret, cookie: { secure: true, httpOnly: true } }))',
      'app.use(session({ secret }))',
    ],
  },
  'dangerously-set-inner-html': {
    positive: [
      'const A = () => <div dangerouslySetInnerHTML={{ __html: post.body }} />',
      "React.createElement('div', { dangerouslySetInnerHTML: { __html: html } })",
    ],
    negative: [
      'const A = () => <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(post.body) }} />',
      "const B = () => <div dangerouslySetInnerHTML={{ __html: '<br/>' }} />",
    ],
  },
  'inner-html-assignment': {
    positive: [
      'element.innerHTML = message',
      'el.innerHTML += `<li>${item}</li>`',
      "el.insertAdjacentHTML('beforeend', html)",
      'document.write(location.hash)',
    ],
    negative: [
      'element.textContent = message',
      "element.innerHTML = ''",
      'el.innerHTML = DOMPurify.sanitize(html)',
      'stream.write(chunk)',
    ],
  },
  'template-autoescape-disabled': {
    positive: [
      'Handlebars.compile(source, { noEscape: true })',
      "nunjucks.configure('views', { autoescape: false })",
    ],
    negative: ['Handlebars.compile(source)', "nunjucks.configure('views', { autoescape: true })"],
  },
  'hardcoded-credential': {
    positive: [
      "const dbPassword = 'hunter2hunter2'",
      "const config = { apiKey: 'k-93fj2nd83h2kd' }",
      "settings.clientSecret = 'cs_4f9d8a7b6c5e'",
      "class Mailer { private smtpPassword = 'p4ssw0rd!x' }",
    ],
    negative: [
      'const dbPassword = process.env.DB_PASSWORD',
      "const password = ''",
      "const passwordLabel = 'Enter your password'",
      "const API_KEY = 'API_KEY_NAME'",
      "const secret = 'changeme'",
      "const passwordHint = 'auth.password_hint'",
      "const DB_PASSWORD = 'DB_PASSWORD'",
      "const apiKey = 'x-api-key'",
      "const USE_CREDENTIALS = 'use-credentials'",
      'const aliases = { password: "input[type=\'password\']" }',
      "const fixture = { passwd: '../../etc/passwd' }",
      "const aliases = { password: '[type=password]' }",
    ],
  },
  'csrf-disabled': {
    positive: ['app.use(lusca({ csrf: false }))', 'export default { csrfProtection: false }'],
    negative: ['app.use(lusca({ csrf: true }))', 'const csrf = csurf({ cookie: true })'],
  },
  'debug-mode-production': {
    positive: [
      'module.exports = { production: { debug: true, port: 80 } }',
      'export const config = { environments: { prod: { showStack: true } } }',
    ],
    negative: [
      'module.exports = { development: { debug: true } }',
      'module.exports = { production: { debug: false } }',
    ],
  },
}
