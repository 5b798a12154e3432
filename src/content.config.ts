import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { contentLoader } from './content-model/astro-loader.ts';

// The whole validated model as one entry, and the articles Astro renders; see astro-loader.ts.
// Our loader has validated everything already; the articles' schema only
// hands the picture to Astro's image(), which resolves it beside the article
// (wherever CONTENT_ROOT puts the content) for the image service.
export const collections = {
  model: defineCollection({ loader: contentLoader('model') }),
  achievements: defineCollection({
    loader: contentLoader('achievements'),
    schema: ({ image }) => z.looseObject({ image: z.looseObject({ src: image() }).optional() }),
  }),
};
