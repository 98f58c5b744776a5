package dk.ringtjek.owner;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long owners' links live, who their mail is from, and how many claims a client may send. */
@ConfigMapping(prefix = "ringtjek.owner")
public interface OwnerConfig {

    /** The e-mail confirmation link of a claim expires after this. */
    @WithDefault("P1D")
    Duration confirmLinkTtl();

    /** The link that lets a new owner set their password expires after this. */
    @WithDefault("P3D")
    Duration passwordLinkTtl();

    /** Claims one client may send per hour. */
    @WithDefault("5")
    int claimsPerHour();

    /** A number the editors call legitimate with this many scam reports within {@link #spoofWindow()} is shown as spoofed. */
    @WithDefault("3")
    int spoofReports();

    @WithDefault("P7D")
    Duration spoofWindow();

    /** The sender of every owner e-mail. */
    @WithDefault("ejer@ringtjek.dk")
    String mailFrom();
}
