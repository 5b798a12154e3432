import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  achievements: defineCollection({
    loader: glob({ pattern: '**/*.md', base: './content/achievements' }),
    schema: z.object({
      title: z.string(),
      date: z.coerce.date(),
      unit: z.string(),
      category: z.string(),
      summary: z.string(),
      example: z.boolean().optional(),
    }),
  }),
};
