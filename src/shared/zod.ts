import { z } from 'zod';

// Every schema in the app is built from this module so that zod's own fallback messages are zh-CN.
z.config(z.locales.zhCN());

export { z };
