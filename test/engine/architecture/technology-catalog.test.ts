import { describe, expect, it } from 'vitest'
import catalogData from '../../../resources/architecture/technologies.json'
import { parseTechnologyCatalog } from '../../../src/main/engine/architecture/technology-catalog'
import { CATALOG } from './helpers'

const ids = (found: { id: string }[]) => found.map((technology) => technology.id).sort()

describe('the bundled catalog', () => {
  it.each([
    ['react', 'React'],
    ['nextjs', 'Next.js'],
    ['vue', 'Vue'],
    ['nuxt', 'Nuxt'],
    ['angular', 'Angular'],
    ['svelte', 'Svelte'],
    ['express', 'Express'],
    ['nestjs', 'NestJS'],
    ['fastify', 'Fastify'],
    ['koa', 'Koa'],
    ['hapi', 'hapi'],
    ['prisma', 'Prisma'],
    ['typeorm', 'TypeORM'],
    ['sequelize', 'Sequelize'],
    ['mongoose', 'Mongoose'],
    ['knex', 'Knex'],
    ['drizzle', 'Drizzle ORM'],
    ['graphql', 'GraphQL'],
    ['apollo', 'Apollo GraphQL'],
    ['bullmq', 'BullMQ'],
    ['bull', 'Bull'],
    ['rabbitmq', 'RabbitMQ client'],
    ['kafka', 'Kafka client'],
    ['redis', 'Redis client'],
    ['aws-sdk-v2', 'AWS SDK for JavaScript v2 (end of support)'],
    ['aws-sdk-v3', 'AWS SDK for JavaScript v3'],
    ['google-cloud', 'Google Cloud client libraries'],
    ['azure', 'Azure SDK'],
    ['firebase', 'Firebase'],
    ['stripe', 'Stripe'],
    ['jest', 'Jest'],
    ['vitest', 'Vitest'],
    ['mocha', 'Mocha'],
    ['playwright', 'Playwright'],
    ['cypress', 'Cypress'],
    ['django', 'Django'],
    ['flask', 'Flask'],
    ['fastapi', 'FastAPI'],
    ['rails', 'Ruby on Rails'],
    ['spring-boot', 'Spring Boot'],
    ['gin', 'Gin'],
  ])('covers %s', (id, name) => {
    expect(CATALOG.technologies.find((technology) => technology.id === id)?.name).toBe(name)
  })

  it('names a datastore for every datastore driver', () => {
    for (const technology of CATALOG.technologies.filter((entry) => entry.category === 'datastore'))
      expect(technology.datastore, technology.id).toBeTruthy()
  })
})

describe('matching package names', () => {
  it.each([
    ['npm', 'react', ['react']],
    ['npm', '@aws-sdk/client-s3', ['aws-sdk-v3']],
    ['npm', '@aws-sdk/client-dynamodb', ['aws-sdk-v3', 'dynamodb']],
    ['npm', 'aws-sdk', ['aws-sdk-v2']],
    ['npm', '@apollo/server', ['apollo']],
    ['npm', 'ioredis', ['redis']],
    ['npm', 'reactive', []],
    ['pypi', 'Flask', ['flask']],
    ['pypi', 'psycopg2_binary', ['postgresql']],
    ['pypi', 'google.cloud.storage', ['google-cloud']],
    ['pypi', 'google-cloud-storage', ['google-cloud']],
    ['pypi', 'react', []],
    ['go', 'github.com/labstack/echo/v4', ['echo']],
    ['go', 'go.mongodb.org/mongo-driver', ['mongodb']],
    ['rubygems', 'rails', ['rails']],
    ['maven', 'org.springframework.boot:spring-boot-starter', ['spring-boot']],
    ['maven', 'org.postgresql:postgresql', ['postgresql']],
    ['cargo', 'aws-sdk-s3', ['aws-sdk']],
  ] as const)('%s %s → %o', (ecosystem, name, expected) => {
    expect(ids(CATALOG.match(ecosystem, name))).toEqual([...expected].sort())
  })
})

describe('parseTechnologyCatalog', () => {
  const valid = {
    technologies: [{ id: 'x', name: 'X', category: 'ui', packages: { npm: ['x', '@x/*'] } }],
  }

  it('accepts the bundled file', () => {
    expect(() => parseTechnologyCatalog(catalogData)).not.toThrow()
  })

  it.each([
    ['not an object', 'nonsense'],
    ['no technologies', { technologies: [] }],
    ['an unknown category', { technologies: [{ ...valid.technologies[0], category: 'magic' }] }],
    ['no packages', { technologies: [{ ...valid.technologies[0], packages: {} }] }],
    ['an unknown ecosystem', { technologies: [{ ...valid.technologies[0], packages: { cpan: ['x'] } }] }],
    [
      'a wildcard inside a name',
      { technologies: [{ ...valid.technologies[0], packages: { npm: ['a*b'] } }] },
    ],
    ['a duplicate id', { technologies: [valid.technologies[0], valid.technologies[0]] }],
    ['an unknown field', { technologies: [{ ...valid.technologies[0], colour: 'red' }] }],
  ])('rejects %s', (_, data) => {
    expect(() => parseTechnologyCatalog(data)).toThrow()
  })

  it('matches exact names and prefixes', () => {
    const catalog = parseTechnologyCatalog(valid)
    expect(ids(catalog.match('npm', 'x'))).toEqual(['x'])
    expect(ids(catalog.match('npm', '@x/y'))).toEqual(['x'])
    expect(ids(catalog.match('npm', 'xy'))).toEqual([])
    expect(ids(catalog.match('pypi', 'x'))).toEqual([])
  })
})
