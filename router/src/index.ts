import { startRouter } from './router.ts';

const router = await startRouter({ port: Number(process.env.ROUTER_PORT ?? 4000) });
console.log(`router at ${router.url}`);
