package org.passerelle.model;

import java.time.Instant;
import java.util.List;

/**
 * The route of a consignment: where it was loaded, the ports and countries it passed, where it is
 * unloaded, the customs office of first entry and the dates.
 *
 * <p>Every part may be unknown (null or empty). The country of departure defaults to the country
 * of the place of loading. This type is immutable and thread-safe.
 *
 * @param placeOfLoading the place of loading, or null
 * @param departureCountry the country of departure, or null
 * @param routingPorts the ports of call or transhipment between loading and unloading, in order
 * @param routingCountries the countries of routing, in order
 * @param placeOfUnloading the place of unloading, or null
 * @param officeOfFirstEntry the reference of the customs office of first entry, or null
 * @param departure the estimated or actual departure, or null
 * @param arrival the estimated or actual arrival, or null
 */
public record Itinerary(Locode placeOfLoading, CountryCode departureCountry, List<Locode> routingPorts,
        List<CountryCode> routingCountries, Locode placeOfUnloading, String officeOfFirstEntry, Instant departure,
        Instant arrival) {
    /** An itinerary of which nothing is known. */
    public static final Itinerary UNKNOWN = new Itinerary(null, null, null, null, null, null, null, null);

    /**
     * Validates the itinerary.
     */
    public Itinerary {
        if (departureCountry == null && placeOfLoading != null) {
            departureCountry = placeOfLoading.country();
        }
        routingPorts = Checks.list("routingPorts", routingPorts);
        routingCountries = Checks.list("routingCountries", routingCountries);
        if (officeOfFirstEntry != null) {
            Checks.id("officeOfFirstEntry", officeOfFirstEntry);
        }
        if (departure != null && arrival != null && arrival.isBefore(departure)) {
            throw new InvalidInputException("arrival", arrival.toString(), "must not be before departure " + departure);
        }
    }

    /**
     * Returns whether the route passes a country: as a country of routing or as the country of a
     * routing port.
     *
     * @param country the country, not null
     * @return whether the route passes it
     */
    public boolean isRoutedVia(CountryCode country) {
        if (routingCountries.contains(country)) {
            return true;
        }
        for (Locode port : routingPorts) {
            if (port.code().startsWith(country.code())) {
                return true;
            }
        }
        return false;
    }
}
