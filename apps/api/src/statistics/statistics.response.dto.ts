import { ApiProperty } from '@nestjs/swagger';

export class StatisticsFiguresResponse {
  @ApiProperty({
    description: 'Organisations of kind team registered by the end of the period (0 per category)',
  })
  teams!: number;
  @ApiProperty({ description: 'Volunteers registered by the end of the period (0 per category)' })
  registeredVolunteers!: number;
  @ApiProperty({
    description: 'Volunteers with at least one confirmed session in the period at activities organised here',
  })
  activeVolunteers!: number;
  @ApiProperty({ description: 'Activities organised here starting in the period' })
  activitiesHeld!: number;
  @ApiProperty({ description: 'Confirmed minutes served in the period at activities organised here' })
  confirmedMinutes!: number;
  @ApiProperty({ description: 'Resident visits (服务人次) from the latest report of each activity held' })
  residentVisits!: number;
}

export class StatisticsGroupResponse extends StatisticsFiguresResponse {
  @ApiProperty({ description: 'A child organisation id, a month (YYYY-MM) or a category slug' }) key!: string;
  @ApiProperty({ description: "The child's name; the key itself for months and categories" }) label!: string;
}

export class CategoryFiguresResponse {
  @ApiProperty() category!: string;
  @ApiProperty() confirmedMinutes!: number;
  @ApiProperty() activitiesHeld!: number;
}

export class StarLevelResponse {
  @ApiProperty({ example: '1-star' }) tier!: string;
  @ApiProperty({ example: '一星级志愿者' }) titleZh!: string;
  @ApiProperty({ example: 'One-star volunteer' }) titleEn!: string;
  @ApiProperty({ description: 'All-time confirmed minutes the level starts at' }) minimumMinutes!: number;
  @ApiProperty({ description: "Volunteers of the subtree at this level now (below the next level's bar)" })
  volunteers!: number;
}

export class StatisticsResponse {
  @ApiProperty() organizationId!: string;
  @ApiProperty({ type: String, nullable: true, example: '2023-01' }) from!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2023-12' }) to!: string | null;
  @ApiProperty({ enum: ['child', 'month', 'category'] }) groupBy!: string;
  @ApiProperty({ type: StatisticsFiguresResponse }) totals!: StatisticsFiguresResponse;
  @ApiProperty({ type: [StatisticsGroupResponse] }) groups!: StatisticsGroupResponse[];
  @ApiProperty({ type: [CategoryFiguresResponse], description: 'Up to five categories by confirmed minutes' })
  topCategories!: CategoryFiguresResponse[];
  @ApiProperty({
    type: [StarLevelResponse],
    description: 'Star volunteers (star-volunteer policy in force today) of the subtree by level, all-time',
  })
  starVolunteers!: StarLevelResponse[];
}
