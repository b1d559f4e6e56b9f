CREATE TABLE "project_kpis" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"project_id" text NOT NULL,
	"metric" text NOT NULL,
	"dataset_id" text NOT NULL,
	"journey_id" text,
	"touchpoint_id" text,
	"to_touchpoint_id" text,
	"persona_id" text,
	"baseline_from" timestamp with time zone NOT NULL,
	"baseline_to" timestamp with time zone NOT NULL,
	"after_from" timestamp with time zone NOT NULL,
	"after_to" timestamp with time zone,
	"target" double precision,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "project_kpis_baseline_check" CHECK ("project_kpis"."baseline_from" < "project_kpis"."baseline_to")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"journey_id" text NOT NULL,
	"title" text NOT NULL,
	"idea_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"owner_id" text,
	"status" text NOT NULL,
	"start_date" date,
	"customer_check" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "projects_status_check" CHECK ("projects"."status" in ('proposed', 'chosen', 'in-progress', 'done', 'dropped'))
);
--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "chosen_project_limit" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "project_kpis" ADD CONSTRAINT "project_kpis_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_kpis" ADD CONSTRAINT "project_kpis_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_kpis" ADD CONSTRAINT "project_kpis_dataset_id_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_kpis" ADD CONSTRAINT "project_kpis_journey_id_journeys_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journeys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_kpis" ADD CONSTRAINT "project_kpis_persona_id_personas_id_fk" FOREIGN KEY ("persona_id") REFERENCES "public"."personas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_journey_id_journeys_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journeys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_kpis_project_id_idx" ON "project_kpis" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_kpis_workspace_id_idx" ON "project_kpis" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "project_kpis_dataset_id_idx" ON "project_kpis" USING btree ("dataset_id");--> statement-breakpoint
CREATE INDEX "project_kpis_journey_id_idx" ON "project_kpis" USING btree ("journey_id");--> statement-breakpoint
CREATE INDEX "project_kpis_persona_id_idx" ON "project_kpis" USING btree ("persona_id");--> statement-breakpoint
CREATE INDEX "projects_workspace_id_idx" ON "projects" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "projects_journey_id_idx" ON "projects" USING btree ("journey_id");--> statement-breakpoint
CREATE INDEX "projects_owner_id_idx" ON "projects" USING btree ("owner_id");--> statement-breakpoint
ALTER TABLE "workspaces" ADD CONSTRAINT "workspaces_chosen_project_limit_check" CHECK ("workspaces"."chosen_project_limit" >= 1);