// Reads the newest published articles through the TypeScript client generated from openapi.yaml
// (target/generated-clients/typescript-fetch), following `nextCursor` for the pages after the first.
//   BASE_URL=http://localhost:8080 ARTICLES=5 node target/ts-client/tools/ts-client/read-newest.js
// Prints one line per article (id, publication instant, Arabic title) and exits non-zero when the API
// answers with an error or returns no article.
import { ArticlesApi, Configuration, ListArticlesSortEnum, ResponseError } from '../../target/generated-clients/typescript-fetch';
import type { ArticleSummary } from '../../target/generated-clients/typescript-fetch';

const basePath = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/+$/, '');
const wanted = Number(process.env.ARTICLES ?? '5');
const pageSize = Number(process.env.PAGE_SIZE ?? '2');

async function readNewest(): Promise<ArticleSummary[]> {
  const articles = new ArticlesApi(new Configuration({ basePath }));
  const read: ArticleSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await articles.listArticles({ sort: ListArticlesSortEnum.Newest, limit: pageSize, cursor });
    read.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined && read.length < wanted);
  return read.slice(0, wanted);
}

async function main(): Promise<void> {
  const newest = await readNewest();
  for (const article of newest) {
    console.log(`${article.id}\t${article.publishedAt?.toISOString() ?? '-'}\t${article.title}`);
  }
  if (newest.length === 0) {
    console.error('No published article came back from GET /api/v1/articles');
    process.exitCode = 1;
  }
}

main().catch(async (error: unknown) => {
  if (error instanceof ResponseError) {
    console.error(`GET /api/v1/articles answered ${error.response.status}: ${await error.response.text()}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
});
