import { defineCollection } from 'astro:content';
import { contentLoader } from './content-model/astro-loader.ts';

export const collections = {
  site: defineCollection({ loader: contentLoader('site') }),
  notice: defineCollection({ loader: contentLoader('notice') }),
  plan: defineCollection({ loader: contentLoader('plan') }),
  units: defineCollection({ loader: contentLoader('units') }),
  members: defineCollection({ loader: contentLoader('members') }),
  leadingGroup: defineCollection({ loader: contentLoader('leadingGroup') }),
  achievements: defineCollection({ loader: contentLoader('achievements') }),
  schools: defineCollection({ loader: contentLoader('schools') }),
  selfScores: defineCollection({ loader: contentLoader('selfScores') }),
  surveys: defineCollection({ loader: contentLoader('surveys') }),
  deliverables: defineCollection({ loader: contentLoader('deliverables') }),
  progressRecords: defineCollection({ loader: contentLoader('progressRecords') }),
  supervision: defineCollection({ loader: contentLoader('supervision') }),
};
