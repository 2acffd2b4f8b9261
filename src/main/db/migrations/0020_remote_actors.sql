CREATE TABLE `remote_actors` (
	`actor_id` text PRIMARY KEY NOT NULL,
	`display_name` text NOT NULL,
	`workstation_id` text NOT NULL
);
