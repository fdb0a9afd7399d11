import { Module } from '@nestjs/common';
import { PersonalData } from './personal-data.service.js';

/** Joins the personal-data store into the API's answers; its routes live in the API module. */
@Module({ providers: [PersonalData], exports: [PersonalData] })
export class PersonalDataModule {}
